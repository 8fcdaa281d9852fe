# Comprehension variables do not outlive the comprehension.
import sys


class T:
    pass


o = T()
items = [o, o, o]
print(sys.getrefcount(o))
doubled = [x for x in items]
print(sys.getrefcount(o))
del doubled
s = {id(x) for x in items}
print(sys.getrefcount(o))
d = {i: x for i, x in enumerate(items)}
print(sys.getrefcount(o))
del d
g = sum(1 for x in items)
print(g, sys.getrefcount(o))
