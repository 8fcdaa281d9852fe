# A weak reference that is itself part of the garbage never calls its
# callback; a reachable one does.
import _weakref
import gc


class A:
    pass


def cb_garbage(r):
    print("garbage callback (must not run)")


def cb_live(r):
    print("live callback ran")


a = A()
a.self = a
a.wr = _weakref.ref(a, cb_garbage)
live = _weakref.ref(a, cb_live)
del a
gc.collect()
print(live())
# Two objects whose refs point at each other, both garbage.
b, c = A(), A()
b.r = _weakref.ref(c, cb_garbage)
c.r = _weakref.ref(b, cb_garbage)
b.c, c.b = c, b
del b, c
gc.collect()
print("done")
