# sys.getrefcount as a name is rebound and deleted.
import sys


class T:
    pass


a = T()
print(sys.getrefcount(a))
b = a
c = a
print(sys.getrefcount(a))
b = None
print(sys.getrefcount(a))
c = T()
print(sys.getrefcount(a))
del a
print(sys.getrefcount(c))
