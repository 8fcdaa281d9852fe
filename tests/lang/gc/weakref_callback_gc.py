# A callback may itself run a collection or create and drop weak references.
import _weakref
import gc


class A:
    pass


made = []


def cb(r):
    b = A()
    b.me = b
    made.append(_weakref.ref(b))
    del b
    gc.collect()
    print("callback collected; new ref dead:", made[-1]() is None)


a = A()
a.me = a
wr = _weakref.ref(a, cb)
del a
gc.collect()
x = A()
wx = _weakref.ref(x, cb)
del x
print(wr(), wx())
