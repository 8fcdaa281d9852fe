# A suspended generator frame holds its locals.
import sys


class T:
    pass


o = T()


def gen(x):
    y = x
    yield 1
    yield 2


g = gen(o)
print(sys.getrefcount(o))
next(g)
print(sys.getrefcount(o))
g.close()
print(sys.getrefcount(o))
g2 = gen(o)
next(g2)
del g2
print(sys.getrefcount(o))
