# Weak references to cyclic garbage die in gc.collect(); their callbacks run.
import _weakref
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def cb(r):
    print("callback", r() is None)


a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = _weakref.ref(a, cb)
rb = _weakref.ref(b)
p = _weakref.proxy(a)
del a, b
print(ra() is not None, rb().name, p.name)
gc.collect()
print(ra(), rb())
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
# A self-referencing list in a class instance.
c = Node("c")
c.other = [c]
rc = _weakref.ref(c, cb)
del c
gc.collect()
print(rc())
