# The core of Lib/weakref.py's WeakValueDictionary, built on _weakref alone.
import _weakref

ref = _weakref.ref
_remove_dead_weakref = _weakref._remove_dead_weakref


class KeyedRef(ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary:
    def __init__(self):
        def remove(wr, selfref=ref(self), _atomic_removal=_remove_dead_weakref):
            self = selfref()
            if self is not None:
                print("removing", wr.key)
                _atomic_removal(self.data, wr.key)

        self._remove = remove
        self.data = {}

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __len__(self):
        return len(self.data)

    def keys(self):
        return sorted(k for k, wr in self.data.items() if wr() is not None)


class Obj:
    def __init__(self, name):
        self.name = name


d = WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
d["a"] = a
d["b"] = b
d["c"] = c
print(len(d), d.keys(), d["b"].name)
del b
print(len(d), d.keys())
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e)
d["a"] = c
print(len(d), d["a"].name)
del a
print(len(d))
del c
print(len(d), d.keys())
