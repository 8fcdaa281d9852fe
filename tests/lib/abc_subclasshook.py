# __subclasshook__ may answer True, False or NotImplemented; anything else is
# an AssertionError. True/False are cached.
import abc

class A(abc.ABC):
    answer = NotImplemented
    @classmethod
    def __subclasshook__(cls, C):
        print("hook", cls.__name__, C.__name__)
        return cls.answer

class P:
    pass
class Sub(A):
    pass
print(issubclass(P, A))            # NotImplemented, then the normal checks
print(issubclass(Sub, A))          # NotImplemented, then the MRO says yes
A.answer = True
class Q:
    pass
print(issubclass(Q, A), issubclass(Q, A))   # cached: the hook runs once
A.answer = False
class R(A):
    pass
print(issubclass(R, A), isinstance(R(), A)) # the hook overrides the real MRO
for bad in (None, 1, "yes", 0):
    A.answer = bad
    class T:
        pass
    try:
        print(issubclass(T, A))
    except AssertionError as e:
        print("AssertionError", e)
# the hook is inherited and sees the subclass as cls
A.answer = True
class B(A):
    pass
class U:
    pass
print(issubclass(U, B))
# a hook that raises
class E(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        raise KeyError(C.__name__)
try:
    isinstance(3, E)
except KeyError as e:
    print("KeyError", e)
issubclass(str, E)
