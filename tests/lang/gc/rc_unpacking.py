# Unpacking binds new names; starred targets build a list.
import sys


class T:
    pass


o = T()
x, y = o, o
print(sys.getrefcount(o))
first, *rest = [o, o, o]
print(sys.getrefcount(o))
del rest
print(sys.getrefcount(o))
(p, (q, r)) = (o, (o, o))
print(sys.getrefcount(o))
del x, y, first, p, q, r
print(sys.getrefcount(o))
