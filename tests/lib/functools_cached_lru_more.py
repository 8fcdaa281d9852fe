import functools
class A:
    @functools.cached_property
    def v(self):
        print("compute")
        return [1]
a = A()
print(a.v is a.v, A.v.attrname, A.v.__doc__)
try:
    class Two:
        cp = functools.cached_property(lambda self: 1)
        other = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, str(e)[:60])
cp = functools.cached_property(lambda self: 1)
class Late: pass
Late.x = cp
try:
    Late().x
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=4, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info(), t.cache_parameters())
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1)
print(z.cache_info())
class M:
    @functools.lru_cache
    def meth(self, x): return x * 2
print(M().meth(3), M.meth.cache_info().misses)
def nodoc(): pass
nodoc.__dict__["custom"] = 1
@functools.wraps(nodoc)
def w(): pass
print(w.__name__, w.__doc__, w.custom, w.__qualname__)
class NoName:
    def __call__(self): pass
@functools.wraps(NoName())
def w2(): pass
print(w2.__name__, hasattr(w2, "__wrapped__"))
print(functools.reduce(lambda a, b: a + b, ["a", "b", "c"], ">"), functools.reduce(max, iter([3, 9, 2])))
