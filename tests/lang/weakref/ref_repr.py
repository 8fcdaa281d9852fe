# repr of live and dead weak references (addresses masked).
import _weakref
from _wrutil import mask


class Thing:
    pass


t = Thing()
r = _weakref.ref(t)
print(mask(repr(r)))


def func():
    pass


print(mask(repr(_weakref.ref(func))))
print(mask(repr(_weakref.ref(Thing))))
print(mask(repr(_weakref.ref(frozenset()))))
del t
print(mask(repr(r)))
print(mask(str(r)))


class Named:
    __name__ = "custom"


n = Named()
print(mask(repr(_weakref.ref(n))))


class NotStr:
    __name__ = 5


ns = NotStr()
print(mask(repr(_weakref.ref(ns))))
