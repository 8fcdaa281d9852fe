# classmethod wrapping property/other descriptors (3.9-3.12), and method binding
class C:
    @classmethod
    def make(cls): return cls()
    @staticmethod
    @lambda f: (lambda *a: ('decorated', f(*a)))
    def twice(x): return x * 2
print(type(C.make()).__name__, C.twice(3))
class Meta(type):
    @classmethod
    def mcm(mcls): return mcls.__name__
class K(metaclass=Meta): pass
print(K.mcm(), Meta.mcm())
def f(self, *a): return (self, a)
import types
m = types.MethodType(f, 'obj')
print(m(1, 2), m.__self__, m.__func__ is f)
print(type(C().make).__name__, type(C.twice).__name__, type(C.__dict__['make']).__name__)
for bad in (1, None):
    try:
        classmethod(bad)
        print('classmethod ok', bad)
        staticmethod(bad)(0)
    except TypeError as e:
        print(e)
