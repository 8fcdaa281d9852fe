# register() adds virtual subclasses: returns the class, is idempotent, and
# the registry (seen through _abc._get_dump) holds weak references.
import abc, _abc

class A(abc.ABC):
    pass

class B:
    pass

r = A.register(B)
print(r is B, issubclass(B, A), isinstance(B(), A))
print(A.register(B) is B)          # already a (virtual) subclass: no-op
reg, cache, neg, ver = _abc._get_dump(A)
print(len(reg), [type(w).__name__ for w in reg], [w() is B for w in reg])

# register works as a class decorator
@A.register
class C:
    pass
print(C.__name__, issubclass(C, A))

# subclasses of a registered class are virtual subclasses too
class D(B):
    pass
print(issubclass(D, A), A in D.__mro__)

# builtin types can be registered
A.register(int)
print(isinstance(3, A), isinstance(True, A), isinstance(3.0, A))
print(len(_abc._get_dump(A)[0]))

# X.register(X) is a no-op, registering a real subclass too
print(A.register(A) is A)
class E(A):
    pass
print(A.register(E) is E, len(_abc._get_dump(A)[0]))

# a virtual subclass of a subclass ABC is a virtual subclass of the parent
class A2(A):
    pass
class F:
    pass
A2.register(F)
print(issubclass(F, A2), issubclass(F, A), issubclass(F, E))
