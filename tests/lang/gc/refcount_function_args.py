# Reference counts while an object is passed through calls and locals.
import sys


class Obj:
    pass


o = Obj()


def one(x):
    return sys.getrefcount(x)


def two(x):
    y = x
    return sys.getrefcount(x)


def nested(x):
    return one(x)


print(one(o), two(o), nested(o))
print(sys.getrefcount(o))
lam = lambda x: sys.getrefcount(x)
print(lam(o))
