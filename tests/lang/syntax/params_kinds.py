# Positional-only, keyword-only, defaults, *args, **kwargs.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())
print(f(1, d=4))
print(f(1, 22, 33, 44, 55, d=4, e=6, z=0))
print(f(1, c=9, d=4, a=1))
def g(*, only): return only
print(g(only=1))
for call in [lambda: f(a=1, d=2), lambda: g(1), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
