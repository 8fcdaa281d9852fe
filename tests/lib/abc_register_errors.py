# register() refuses non-classes and inheritance cycles.
import abc

class A(abc.ABC):
    pass

class B(A):
    pass

for bad in (3, "x", None, A(), [int]):
    try:
        A.register(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)

try:
    B.register(A)
except RuntimeError as e:
    print("RuntimeError", e)

class V:
    pass
A.register(V)
# V is now a virtual subclass of A; registering A under an ABC V can't be done
# as V isn't an ABC, but an ABC registered below another can't register it back
class P(abc.ABC):
    pass
class Q(abc.ABC):
    pass
P.register(Q)
try:
    Q.register(P)
except RuntimeError as e:
    print("RuntimeError", e)
print(issubclass(Q, P), issubclass(P, Q))
import _abc
try:
    _abc._abc_register(A)
except TypeError as e:
    print("TypeError", e)
try:
    _abc._abc_register(A, V, extra=1)
except TypeError as e:
    print("TypeError", e)
try:
    _abc._abc_register(int, V)
except AttributeError as e:
    print("AttributeError", e)
A.register(object())
