# Tuples of atomic values are untracked by a collection; dicts from the start.
import gc

a = (1, 2, "x", None, 3.5)
b = ([],)
c = ((1, 2), (3, "y"))
gc.collect()
print(gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
d = {"a": 1}
d["b"] = []
print(gc.is_tracked(d))
print(gc.is_tracked(()), gc.is_tracked(frozenset()), gc.is_tracked(set()))
