# Closures hold their captured values through cells.
import sys


class T:
    pass


o = T()
print(sys.getrefcount(o))


def make(x):
    def inner():
        return x
    return inner


f1 = make(o)
print(sys.getrefcount(o))
f2 = make(o)
print(sys.getrefcount(o))
del f1
print(sys.getrefcount(o))
f2.__closure__[0].cell_contents = None
print(sys.getrefcount(o))
