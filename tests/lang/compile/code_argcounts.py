# co_argcount, co_posonlyargcount and co_kwonlyargcount.
def a(): pass
def b(x, y, z=1): pass
def c(p, /, q, *, r, s=2): pass
def d(*args, **kwargs): pass
def e(p1, p2, /, *args, k, **kw): pass
lam = lambda u, v=0, *, w: 0
for fn in (a, b, c, d, e, lam):
    co = fn.__code__
    print(fn.__name__, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
class K:
    def m(self, x): pass
print(K.m.__code__.co_argcount)
