# Each active call frame that binds the object adds one reference.
import sys


class T:
    pass


def inner(x):
    return sys.getrefcount(x)


def outer(x):
    return inner(x)


def outer2(x):
    y = x
    return inner(y)


o = T()
print(inner(o))
print(outer(o))
print(outer2(o))
print(sys.getrefcount(o))
