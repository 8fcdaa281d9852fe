# weakref.WeakKeyDictionary drops entries whose keys die.
import weakref


class K:
    def __init__(self, n):
        self.n = n


d = weakref.WeakKeyDictionary()
k1, k2 = K(1), K(2)
d[k1] = "one"
d[k2] = "two"
print(len(d), d[k1], k2 in d)
del k2
print(len(d), sorted(d.values()))
print([k.n for k in d.keys()])
print(d.get(K(9), "absent"))
try:
    d[K(9)]
except KeyError:
    print("KeyError")
print(len(d.keyrefs()), d.keyrefs()[0]() is k1)
del d[k1]
print(len(d))
