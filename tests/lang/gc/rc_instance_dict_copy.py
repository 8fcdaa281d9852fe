# Copies of containers and instance dicts hold their own references.
import sys


class V:
    pass


class H:
    pass


v = V()
h = H()
h.v = v
h2 = H()
h2.__dict__.update(h.__dict__)
print(sys.getrefcount(v))
lst = [v]
lst2 = list(lst)
print(sys.getrefcount(v))
d = vars(h).copy()
print(sys.getrefcount(v))
del h2, lst2, d
print(sys.getrefcount(v))
