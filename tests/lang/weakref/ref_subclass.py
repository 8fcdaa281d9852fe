# Subclasses of ref: extra attributes, __new__/__init__ as weakref.KeyedRef
# and WeakMethod use them; never shared.
import _weakref

ref = _weakref.ref


class KeyedRef(ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class A:
    pass


a = A()
seen = []
k = KeyedRef(a, lambda r: seen.append(r.key), "the-key")
print(type(k).__name__, k.key, k() is a, isinstance(k, ref))
print(KeyedRef(a, None, 1) is KeyedRef(a, None, 1))
print(_weakref.getweakrefcount(a))


class Plain(ref):
    pass


p1 = Plain(a)
p2 = Plain(a)
print(p1 is p2, p1 == p2, p1() is a)
print(sorted(set(type(x).__name__ for x in _weakref.getweakrefs(a))))
del a
print(seen, k(), p1())


class WithInit(ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.extra = kw


try:
    WithInit(A(), None, x=1)
except TypeError as e:
    print("TypeError:", e)
b = A()
w = ref.__new__(WithInit, b)
print(type(w).__name__, w() is b)
