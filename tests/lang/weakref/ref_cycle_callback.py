# Weak references to cyclic garbage are cleared and their callbacks called on collect.
import gc
import weakref


class N:
    pass


a = N()
b = N()
a.b = b
b.a = a
ra = weakref.ref(a, lambda r: print("a callback"))
rb = weakref.ref(b)
del a, b
print(ra() is not None)
gc.collect()
print(ra(), rb())
