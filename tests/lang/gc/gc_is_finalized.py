# is_finalized becomes True once __del__ has run on resurrected cyclic garbage.
import gc

keep = []


class F:
    def __del__(self):
        keep.append(self)


x = F()
print(gc.is_finalized(x))
x.me = x
del x
gc.collect()
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(3))
