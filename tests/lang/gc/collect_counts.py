# gc.collect() returns the number of unreachable objects, as CPython 3.11 counts them.
import gc

gc.collect()
l = []
l.append(l)
del l
print(gc.collect())

t = ([],)
t[0].append(t)
del t
print(gc.collect())

d = {}
d["self"] = d
del d
print(gc.collect())


class A:
    pass


a = A()
a.me = a
del a
print(gc.collect())

x, y = A(), A()
x.other, y.other = y, x
del x, y
print(gc.collect())


def f():
    pass


f.attr = f
del f
print(gc.collect())
print(gc.collect())
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
print(gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
