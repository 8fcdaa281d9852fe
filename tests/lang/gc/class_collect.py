# Classes are containers the collector tracks: a class in a cycle (its MRO
# holds it) dies in gc.collect(), and weak references to it die with it.
import _weakref, gc
refs = []
for i in range(200):
    class A:
        def m(self): return i
        def __del__(self): pass
    class B(A):
        x = [1, 2]
    b = B()
    b.cls = B
    refs.append(_weakref.ref(A))
    refs.append(_weakref.ref(B))
del A, B, b
gc.collect()
print(sum(r() is None for r in refs), len(refs))
class Meta(type):
    def __del__(cls):
        print("meta del")
class C(metaclass=Meta):
    pass
rc = _weakref.ref(C, lambda r: print("C died"))
del C
gc.collect()
print(rc())
class Base: pass
def make():
    class Sub(Base): pass
    return Sub
s = make()
print(len(Base.__subclasses__()))
del s
gc.collect()
print(len(Base.__subclasses__()))
class D:
    def __del__(self):
        print("instance del, class alive:", type(self).__name__)
d = D()
d.cls = D
d.me = d
del d, D
gc.collect()
print("end")
