# __del__ runs before the weak references are cleared; resurrection keeps them.
import _weakref

saved = []


class A:
    def __init__(self, name, resurrect=False):
        self.name = name
        self.resurrect = resurrect

    def __del__(self):
        print("__del__", self.name, "ref alive:", refs[self.name]() is self)
        if self.resurrect:
            saved.append(self)


refs = {}


def cb(r):
    print("callback, ref dead:", r() is None)


a = A("a")
refs["a"] = _weakref.ref(a, cb)
del a
print("a gone:", refs["a"]())
b = A("b", resurrect=True)
refs["b"] = _weakref.ref(b, cb)
del b
print("b resurrected:", refs["b"]() is saved[0])
saved.clear()
print("b gone:", refs["b"]())
