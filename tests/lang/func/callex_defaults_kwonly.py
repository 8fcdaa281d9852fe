# *args/**kwargs calls fill defaults and keyword-only defaults.
def f(a, b=10, *rest, c, d=20, **kw):
    return a, b, rest, c, d, sorted(kw.items())

print(f(*[1], **{'c': 3}))
print(f(*[1, 2, 3, 4], **{'c': 3, 'e': 5}))
print(f(1, *[2], c=3, **{'d': 4}))
try:
    f(*[1])
except TypeError as e:
    print(e)
try:
    f(**{'b': 1, 'c': 2})
except TypeError as e:
    print(e)
