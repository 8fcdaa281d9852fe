# References held by default values, keyword arguments and *args tuples.
import sys


class T:
    pass


d = T()
print(sys.getrefcount(d))


def f(x=d):
    return x


print(sys.getrefcount(d))


def star(*args):
    return sys.getrefcount(args[0])


def kw(**kwargs):
    return sys.getrefcount(kwargs["k"])


o = T()
print(star(o))
print(kw(k=o))
print(sys.getrefcount(o))
del f
print(sys.getrefcount(d))
