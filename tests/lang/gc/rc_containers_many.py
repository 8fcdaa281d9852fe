# Containers count one reference per slot holding the object.
import sys


class T:
    pass


o = T()
lst = [o] * 5
print(sys.getrefcount(o))
t = (o, o, o)
print(sys.getrefcount(o))
s = {o}
print(sys.getrefcount(o))
d = {1: o, 2: o}
print(sys.getrefcount(o))
dk = {o: o}
print(sys.getrefcount(o))
del lst[:2]
print(sys.getrefcount(o))
del lst, t, s, d, dk
print(sys.getrefcount(o))
