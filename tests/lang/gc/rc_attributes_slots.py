# Attributes in __dict__ and __slots__ both hold references.
import sys


class D:
    pass


class S:
    __slots__ = ("a", "b")


o = object.__new__(D)
val = D()
o.x = val
o.y = val
print(sys.getrefcount(val))
s = S()
s.a = val
print(sys.getrefcount(val))
s.b = val
print(sys.getrefcount(val))
del s.a
print(sys.getrefcount(val))
del o.x
print(sys.getrefcount(val))
del o, s
print(sys.getrefcount(val))
