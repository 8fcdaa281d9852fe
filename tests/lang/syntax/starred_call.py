# Starred arguments and keyword unpacking in calls.
def f(*args, **kw):
    return args, sorted(kw.items())
a = [1, 2]
b = (3,)
print(f(*a))
print(f(0, *a, 5, *b))
print(f(*a, x=1, **{"y": 2}))
print(f(**{"a": 1}, **{"b": 2}))
print(f(*"hi", *range(2), z=0))
print(f(*[], **{}))
print(f(1, *a, k=3, *b))
