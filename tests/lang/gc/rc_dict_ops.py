# Reference counts through dict operations (keys and values).
import sys


class K:
    pass


k = K()
v = K()
d = {}
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = 1
print(sys.getrefcount(k), sys.getrefcount(v))
d.setdefault("x", v)
print(sys.getrefcount(v))
r = d.pop("x")
print(sys.getrefcount(v))
del r
d.update(a=v, b=v)
print(sys.getrefcount(v))
e = dict(d)
print(sys.getrefcount(v))
d.clear()
e.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
