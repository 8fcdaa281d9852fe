# An exception in a callback is reported as unraisable; the others still run.
import _weakref


class A:
    pass


def bad(r):
    raise ValueError("callback failed")


def good(r):
    print("good callback ran")


a = A()
r1 = _weakref.ref(a, good)
r2 = _weakref.ref(a, bad)
del a
print("after del", r1(), r2())
