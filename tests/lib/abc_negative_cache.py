# The negative cache remembers failed checks until any ABC registers a class.
import abc, _abc

calls = []
class A(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        return NotImplemented
class X:
    pass
print(issubclass(X, A), issubclass(X, A), calls)     # hook ran once
print(isinstance(X(), A), calls)
v0 = _abc._get_dump(A)[3]
class Other(abc.ABC):
    pass
Other.register(float)                # any register invalidates every ABC's negative cache
print(_abc._get_dump(A)[3] == v0, len(_abc._get_dump(A)[2]))
print(issubclass(X, A), calls)       # hook runs again, cache rebuilt
print(_abc._get_dump(A)[3] == abc.get_cache_token(), len(_abc._get_dump(A)[2]))
A.register(X)
print(issubclass(X, A), isinstance(X(), A), calls)
# the positive cache is not invalidated by register
class Y(A):
    pass
print(issubclass(Y, A), calls)
Other.register(complex)
print(issubclass(Y, A), calls)
