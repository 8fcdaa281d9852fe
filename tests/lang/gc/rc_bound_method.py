# A bound method keeps a reference to its instance.
import sys


class C:
    def m(self):
        return 1


c = C()
print(sys.getrefcount(c))
bm = c.m
print(sys.getrefcount(c))
bm2 = c.m
print(sys.getrefcount(c))
print(bm.__self__ is c)
del bm, bm2
print(sys.getrefcount(c))
lst = [c.m for _ in range(3)]
print(sys.getrefcount(c))
del lst
print(sys.getrefcount(c))
