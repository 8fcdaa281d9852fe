# f(*args, **kw) binding errors name the function, as CPython does.
def f(a, b, *, c):
    return a, b, c

cases = [
    ((1,), {'a': 1, 'b': 2, 'c': 3}),
    ((1, 2, 3), {'c': 3}),
    ((1, 2), {}),
    ((), {'b': 1, 'c': 2}),
    ((1, 2), {'c': 3, 'd': 4}),
]
for args, kw in cases:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print('TypeError:', e)
print(f(*[1], **{'b': 2, 'c': 3}))
