# co_varnames lists arguments first (in order, *args/**kw after kw-only), then locals.
def f(a, b, /, c, *args, d, **kw):
    e = 1
    for g in range(1):
        h = g
    return a
print(f.__code__.co_varnames)
def g():
    x = 1
    del x
    y: int = 2
    import sys
    return y
print(g.__code__.co_varnames)
def h(q):
    return [q for _ in range(1)]
print(h.__code__.co_varnames)
print((lambda *a, **k: a).__code__.co_varnames)
