# Which builtin objects accept weak references.
import weakref


class C:
    pass


class L(list):
    pass


def f():
    pass


def g():
    yield


cases = [("instance", C()), ("class", C), ("function", f), ("generator", g()),
         ("list subclass", L()), ("set", set()), ("frozenset", frozenset()),
         ("module", weakref), ("bound method", C().__init__ if False else C.__init__),
         ("int", 1), ("str", "s"), ("tuple", ()), ("list", []), ("dict", {}),
         ("None", None), ("bytes", b"")]
for name, obj in cases:
    try:
        weakref.ref(obj)
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError:", e)
