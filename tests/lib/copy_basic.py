import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
cyc = [1]; cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc, c2[0])
dd = {"self": None}; dd["self"] = dd
print(copy.deepcopy(dd)["self"] is not dd)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
class P:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("__copy__"); return P(self.v)
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__); return P(copy.deepcopy(self.v, memo))
x = P([1])
print(copy.copy(x).v, copy.deepcopy(x).v is x.v)
class Plain:
    def __init__(self): self.items = [1, 2]
pl = Plain(); pc = copy.deepcopy(pl)
print(pc.items, pc.items is pl.items, type(pc).__name__)
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Slots:
    __slots__ = ("a", "b")
so = Slots(); so.a = [1]; so.b = 2
sc = copy.deepcopy(so); print(sc.a, sc.b, sc.a is so.a)
class NoCopy:
    def __reduce_ex__(self, proto): raise TypeError("cannot copy NoCopy")
try:
    copy.copy(NoCopy())
except TypeError as e:
    print("TypeError", e)
print(copy.Error is copy.error)
