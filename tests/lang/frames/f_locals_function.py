# f_locals of a function frame is a snapshot dict refreshed on each access.
import sys
def func(a, b=2):
    f = sys._getframe()
    d1 = f.f_locals
    print(sorted(d1))
    c = 3
    print(sorted(d1))
    d2 = f.f_locals
    print(d1 is d2, sorted(d2))
    del c
    print(sorted(f.f_locals))
    d1["zzz"] = 1
    print("zzz" in f.f_locals, "zzz" in locals())
    return f
fr = func(1)
print(sorted(fr.f_locals))
print(fr.f_locals["a"], fr.f_locals["b"])
def modify():
    x = 1
    sys._getframe().f_locals["x"] = 99
    return x
print(modify())
def unbound():
    f = sys._getframe()
    before = sorted(f.f_locals)
    y = 1
    return before, sorted(f.f_locals)
print(unbound())
