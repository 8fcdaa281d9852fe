# Tuples of atomic values are untracked by a collection; tuples with containers stay tracked.
import gc

a = tuple([1, "two", 3.0])
b = tuple([1, []])
c = tuple([(1, 2), (3, 4)])
print(gc.is_tracked(b))
gc.collect()
print(gc.is_tracked(a))
print(gc.is_tracked(b))
print(gc.is_tracked(c))
print(gc.is_tracked(()))
