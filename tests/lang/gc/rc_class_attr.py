# Class attributes and instance lookups of them.
import sys


class V:
    pass


v = V()


class C:
    shared = v


print(sys.getrefcount(v))
c1 = C()
c2 = C()
print(sys.getrefcount(v))
got = c1.shared
print(sys.getrefcount(v))
del got
C.shared = None
print(sys.getrefcount(v))
