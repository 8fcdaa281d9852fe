# **kwargs keeps call order
def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3))
print(f(**{"z": 1, "y": 2}, x=3))
def g(a, **kw):
    return a, kw
print(g(kw=1, a=2))
