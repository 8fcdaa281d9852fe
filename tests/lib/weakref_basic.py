# weakref: ref, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize.
import gc
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n

a = Obj(1)
r = weakref.ref(a)
print(r() is a, r().n)
del a
gc.collect()
print(r())

d = weakref.WeakValueDictionary()
keep = [Obj(i) for i in range(3)]
for o in keep:
    d[o.n] = o
tmp = Obj(9)
d[9] = tmp
print(sorted(d.keys()))
del tmp
gc.collect()
print(sorted(d.keys()), len(d))
print(d.get(1), d.get(9, "gone"))
try:
    d[9]
except KeyError as e:
    print("KeyError", e)

wk = weakref.WeakKeyDictionary()
k = Obj(5)
wk[k] = "five"
print(list(wk.values()))
del k
gc.collect()
print(len(wk))

ws = weakref.WeakSet(keep)
print(len(ws), Obj(7) in ws, keep[0] in ws)

log = []
b = Obj(2)
f = weakref.finalize(b, log.append, "finalized")
print(f.alive)
del b
gc.collect()
print(log, f.alive)
c = Obj(3)
f2 = weakref.finalize(c, lambda: 42)
print(f2(), f2(), f2.alive)
print(f2.detach())

p = weakref.proxy(keep[1])
print(p.n)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError", e)
