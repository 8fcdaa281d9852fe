# Returned objects carry exactly the references their holders own.
import sys


class T:
    pass


def fresh():
    return T()


def ident(x):
    return x


print(sys.getrefcount(fresh()))
o = fresh()
print(sys.getrefcount(o))
o2 = ident(o)
print(sys.getrefcount(o))
print(sys.getrefcount(ident(o)))
del o2
print(sys.getrefcount(o))
