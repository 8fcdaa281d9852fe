# A WeakValueDictionary entry disappears when its value is collected from a cycle.
import gc
import weakref


class N:
    pass


d = weakref.WeakValueDictionary()
n = N()
n.me = n
d["n"] = n
del n
print(len(d))
gc.collect()
print(len(d), list(d))
