from collections.abc import Sequence, MutableMapping, Set, MutableSequence
class Seq(Sequence):
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
s = Seq(3, 1, 3, 2)
print(list(s), 3 in s, s.index(2), s.count(3), list(reversed(s)))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", e)
class Store(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = Store()
m.update(a=1, b=2)
print(sorted(m.items()), m.get("c", 0), m.setdefault("c", 3), m.pop("a"), sorted(m.keys()))
print(m.popitem(), len(m), m == {"c": 3}, "c" in m)
try:
    m.pop("zz")
except KeyError as e:
    print("KeyError", e)
m.clear(); print(len(m))
class FS(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = FS("abc"), FS("bcd")
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= FS("abcd"), a.isdisjoint(FS("xy")))
class L(MutableSequence):
    def __init__(self): self.l = []
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
l = L(); l.append(1); l.extend([2, 3]); l += [4]; l.reverse()
print(l.l, l.pop(), l.l); l.remove(3); print(l.l)
