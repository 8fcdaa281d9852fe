# Reference counts through set operations.
import sys


class E:
    pass


e = E()
s = set()
s.add(e)
s.add(e)
print(sys.getrefcount(e))
fs = frozenset(s)
print(sys.getrefcount(e))
u = s | {1}
print(sys.getrefcount(e))
s.discard(e)
print(sys.getrefcount(e))
del fs, u
print(sys.getrefcount(e))
