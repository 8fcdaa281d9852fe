# Dicts holding only atomic values are untracked; they become tracked on a container value.
import gc

print(gc.is_tracked({}))
print(gc.is_tracked({"a": 1, "b": "x"}))
print(gc.is_tracked({"a": []}))
d = {"a": 1}
print(gc.is_tracked(d))
d["b"] = [1]
print(gc.is_tracked(d))
d2 = {1: 2}
d2[3] = (1, 2)
print(gc.is_tracked(d2))
d3 = {1: 2}
d3[3] = (1, [])
print(gc.is_tracked(d3))
