# sys.getsizeof of instances, other builtins, __sizeof__ overrides and errors.
import sys


class A:
    pass


class B:
    def __init__(self):
        self.x = 1
        self.y = 2


class L(list):
    pass


class T(tuple):
    pass


class D(dict):
    pass


class E(Exception):
    pass


class Sub(A):
    pass


def f():
    pass


for o in [None, object(), A(), B(), Sub(), L(), L([1, 2, 3]), T(), T((1, 2)), D(), E(), f, range(3),
          slice(1), ..., NotImplemented]:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__())


class Good:
    def __sizeof__(self):
        return 100


class Bool:
    def __sizeof__(self):
        return True


class Neg:
    def __sizeof__(self):
        return -1


class NotInt:
    def __sizeof__(self):
        return "x"


class Raises:
    def __sizeof__(self):
        raise KeyError("nope")


class Huge:
    def __sizeof__(self):
        return 2**70


print(sys.getsizeof(Good()), sys.getsizeof(Bool()))
print(sys.getsizeof(NotInt(), 7), sys.getsizeof(NotInt(), default="d"))
for o, dflt in [(Neg(), None), (NotInt(), None), (Raises(), None), (Raises(), 5), (Huge(), None), (Neg(), 5)]:
    try:
        print(sys.getsizeof(o) if dflt is None else sys.getsizeof(o, dflt))
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError")
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(sys.getsizeof(1, default=3))


# Classes and builtin types: type.__sizeof__, bound to the class.
class C(int):
    pass


class M(type):
    pass


class X(metaclass=M):
    pass


print(sys.getsizeof(int), sys.getsizeof(A), sys.getsizeof(C), sys.getsizeof(type), sys.getsizeof(X),
      sys.getsizeof(M), sys.getsizeof(E))
print(type.__sizeof__(A), int.__sizeof__(5), A.__sizeof__(A()))
