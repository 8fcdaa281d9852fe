# f(*x) / f(**x) argument errors and non-callables.
def f(*a, **k):
    return a, k

tests = [
    lambda: f(*1),
    lambda: f(**1),
    lambda: f(*None),
    lambda: f(**[('a', 1)]),
    lambda: (1)(*()),
    lambda: None(**{}),
    lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: f(*(x for x in range(3)), **{'b': 1}),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
