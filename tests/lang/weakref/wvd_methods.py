# WeakValueDictionary: pop, popitem, setdefault, update, copy.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


keep = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary({"k0": keep[0]})
d.update({"k1": keep[1]}, k2=keep[2])
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop("k1"))
print(d.pop("missing", "default"))
print(d.setdefault("k3", keep[3]), d.setdefault("k3", keep[4]))
c = d.copy()
print(type(c).__name__, sorted(c))
k, v = d.popitem()
print(k in ("k0", "k2", "k3"), len(d))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
