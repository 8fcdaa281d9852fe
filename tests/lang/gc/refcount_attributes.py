# Attributes, closures and default arguments keep references.
import sys


class Obj:
    pass


o = Obj()
base = sys.getrefcount(o)
holder = Obj()
holder.a = o
holder.b = o
print(sys.getrefcount(o) - base)
del holder.a
print(sys.getrefcount(o) - base)


def make():
    x = o

    def inner():
        return x

    return inner


f = make()
print(sys.getrefcount(o) - base)
del f
print(sys.getrefcount(o) - base)


def g(a=o):
    return a


print(sys.getrefcount(o) - base)
del g
print(sys.getrefcount(o) - base)
del holder
print(sys.getrefcount(o) - base)
