# Order of finalizers: nested objects, containers, cycles.
import gc


class N:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)


root = N("outer", N("middle", N("inner")))
del root
print("--")
lst = [N("first"), N("second"), N("third")]
del lst
print("--")
t = (N("t0"), N("t1"))
del t
print("--")
a = N("cycle-a")
a.child = a
del a
print("collected", gc.collect())
print("end")
