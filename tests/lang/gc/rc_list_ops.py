# Reference counts through list operations.
import sys


class T:
    pass


o = T()
lst = []
lst.append(o)
print(sys.getrefcount(o))
lst.insert(0, o)
print(sys.getrefcount(o))
lst.extend([o, o])
print(sys.getrefcount(o))
x = lst.pop()
print(sys.getrefcount(o))
del x
print(sys.getrefcount(o))
lst.remove(o)
print(sys.getrefcount(o))
lst[0] = None
print(sys.getrefcount(o))
copy = lst[:]
print(sys.getrefcount(o))
lst.clear()
copy.clear()
print(sys.getrefcount(o))
