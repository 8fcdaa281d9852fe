# WeakKeyDictionary: setdefault, pop, update, copy, items.
import weakref


class K:
    def __init__(self, n):
        self.n = n


ks = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
d.update({ks[0]: 0})
d.update([(ks[1], 1)])
print(d.setdefault(ks[2], 2), d.setdefault(ks[2], 99))
print(sorted((k.n, v) for k, v in d.items()))
print(d.pop(ks[1]), d.pop(ks[3], "none"))
c = d.copy()
print(type(c).__name__, len(c))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError", e)
