# Checks that run code which changes the ABC state midway: a hook that
# registers classes, registered classes dying between checks.
import abc, gc, _abc

class Other:
    pass
class A(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C.__name__ == "RegMe":
            cls.register(Other)      # registers while being asked
        return NotImplemented
class RegMe:
    pass
print(issubclass(RegMe, A), issubclass(RegMe, A), issubclass(Other, A))
print(sorted(w().__name__ for w in _abc._get_dump(A)[0]))

class B(abc.ABC):
    pass
def churn():
    for i in range(20):
        cls = type("T%d" % i, (), {})
        B.register(cls)
churn()
gc.collect()
print(len(_abc._get_dump(B)[0]))
class Keep:
    pass
B.register(Keep)
class Child(Keep):
    pass
print(issubclass(Child, B), isinstance(Child(), B), issubclass(int, B))
print(len(_abc._get_dump(B)[0]), len(_abc._get_dump(B)[1]))

# a metaclass whose __subclasscheck__ calls the C helper directly
class M(abc.ABCMeta):
    def __subclasscheck__(cls, sub):
        return _abc._abc_subclasscheck(cls, sub)
class C(metaclass=M):
    pass
C.register(float)
print(issubclass(float, C), isinstance(1.5, C), isinstance(1, C))
# an _abc_impl replaced by the data of another ABC shares its registry
class D(abc.ABC):
    pass
D._abc_impl = B._abc_impl
print(issubclass(Keep, D), issubclass(float, D))
