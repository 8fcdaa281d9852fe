# del of attribute, subscript, slice, tuple and list targets.
class O: pass
o = O()
o.a = o.b = 1
del o.a
print(hasattr(o, "a"), hasattr(o, "b"))
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[1:3]
del lst[::2]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["x"], [d["y"]]
print(d)
p = q = r = 0
del (p, [q, r])
print([n in globals() for n in "pqr"])
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
