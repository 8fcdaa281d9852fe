# The collector clears weak references to unreachable objects before any
# __del__ runs (so finalizers never see them half-dead through a ref).
import _weakref
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "refs:", [r() is None for r in refs])


refs = []
x, y = D("x"), D("y")
x.peer, y.peer = y, x
refs.append(_weakref.ref(x))
refs.append(_weakref.ref(y, lambda r: print("y callback, dead:", r() is None)))
del x, y
gc.collect()
print("after collect", [r() for r in refs])
