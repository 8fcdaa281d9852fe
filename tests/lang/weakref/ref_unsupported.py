# Which objects can be weakly referenced (CPython's rules).
import _weakref
import sys


def gen():
    yield 1


def f():
    pass


class A:
    def m(self):
        pass


class I(int):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class F(float):
    pass


class E(Exception):
    pass


cases = [1, "s", (), [], {}, None, object(), 1.5, 2j, b"x", bytearray(), range(3), True,
         I(1), T(), B(b""), L(), D(), S("x"), F(1.0), E(),
         set(), frozenset(), gen(), f, f.__code__, A, A(), A().m, len, sys, Exception(),
         iter([]), slice(1), _weakref.ref(A), property(), staticmethod(f), Ellipsis]
for o in cases:
    try:
        r = _weakref.ref(o)
        print(type(o).__name__, "ok", r() is o)
    except TypeError as e:
        print(type(o).__name__, "TypeError:", e)
    try:
        _weakref.proxy(o)
    except TypeError as e:
        print("  proxy TypeError:", e)
    print("  count", _weakref.getweakrefcount(o))
