# **kwargs collects extra keyword arguments into a dict (ordered)
def f(**kw):
    return kw
print(f(), f(a=1), f(z=1, y=2, x=3))
def g(a, *args, **kw):
    return a, args, kw
print(g(1, 2, 3, x=4, y=5))
print(g(a=7))
def show(**kw):
    for k, v in kw.items():
        print(k, "=", v)
show(one=1, two="2", three=[3])
d = {'p': 1, 'q': 2}
print(f(**d, r=3))
print(f(**d, **{'s': 4}))
def pass_through(*a, **k):
    return f(**k), a
print(pass_through(1, 2, k=3))
kw = f(a=1)
kw['b'] = 2
print(kw)
