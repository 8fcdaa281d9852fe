# _remove_dead_weakref(dict, key) deletes the entry only if its value is a dead ref.
import _weakref


class A:
    pass


a, b = A(), A()
d = {"a": _weakref.ref(a), "b": _weakref.ref(b)}
_weakref._remove_dead_weakref(d, "a")
print(sorted(d))
del a
_weakref._remove_dead_weakref(d, "a")
print(sorted(d))
_weakref._remove_dead_weakref(d, "missing")
print(sorted(d))
d["x"] = 5
try:
    _weakref._remove_dead_weakref(d, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref._remove_dead_weakref(d, [])
except TypeError as e:
    print("TypeError:", e)
p = _weakref.proxy(b)
d["p"] = p
del b
_weakref._remove_dead_weakref(d, "p")
print(sorted(d))
