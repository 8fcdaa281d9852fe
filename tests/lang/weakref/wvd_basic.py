# weakref.WeakValueDictionary drops entries whose values die.
import weakref


class V:
    def __init__(self, n):
        self.n = n


d = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
d["a"] = a
d["b"] = b
d["c"] = c
print(len(d), sorted(d.keys()))
del b
print(len(d), sorted(d))
print(d["a"].n, d.get("b"), "c" in d, "b" in d)
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted(v.n for v in d.values()))
print(sorted((k, v.n) for k, v in d.items()))
