# gc.is_finalized becomes True once __del__ has run on a resurrected object.
import gc

keep = []


class R:
    def __del__(self):
        keep.append(self)


r = R()
print(gc.is_finalized(r))
r.me = r
del r
gc.collect()
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(1), gc.is_finalized([]))
keep.clear()
gc.collect()
