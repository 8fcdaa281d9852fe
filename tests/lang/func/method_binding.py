# bound methods: __self__, __func__, equality, and unbound functions
class C:
    def m(self, x):
        return x
o = C()
bm = o.m
print(bm.__self__ is o, bm.__func__ is C.m, bm == o.m, bm is o.m)
print(C.m(o, 1), bm(2))
print(type(bm).__name__, bm.__name__, bm.__qualname__)
try:
    bm.attr = 1
except AttributeError as e:
    print(e)
C.m.attr = "on func"
print(bm.attr)
