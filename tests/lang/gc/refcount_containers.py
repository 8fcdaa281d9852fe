# Containers hold one reference per slot.
import sys


class Obj:
    pass


o = Obj()
base = sys.getrefcount(o)
t = (o, o, o)
print(sys.getrefcount(o) - base)
l = [o] * 5
print(sys.getrefcount(o) - base)
s = {o}
print(sys.getrefcount(o) - base)
d = {o: o}
print(sys.getrefcount(o) - base)
del t, l, s, d
print(sys.getrefcount(o) - base)
l = []
for i in range(10):
    l.append(o)
print(sys.getrefcount(o) - base)
l.pop()
l.remove(o)
print(sys.getrefcount(o) - base)
del l[:4]
print(sys.getrefcount(o) - base)
l[:] = []
print(sys.getrefcount(o) - base)
