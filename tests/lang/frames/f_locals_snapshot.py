# f_locals is a snapshot, refreshed on each access
import sys
def f():
    x = 1
    fr = sys._getframe()
    snap = fr.f_locals
    print(sorted(snap))
    x = 2
    y = 3
    print(snap["x"])
    snap2 = fr.f_locals
    print(snap2["x"], snap2["y"], snap is snap2)
f()
