# gc.is_tracked for a wide range of objects.
import gc


class C:
    pass


def f():
    pass


def g():
    yield 1


cases = [
    ("int", 5), ("float", 1.5), ("str", "s"), ("bytes", b"b"), ("None", None),
    ("list", []), ("set", set()), ("frozenset", frozenset()), ("bytearray", bytearray()),
    ("instance", C()), ("class", C), ("function", f), ("generator", g()),
    ("module", gc), ("bound method", C().__init__), ("range", range(3)),
    ("complex", 1j), ("object", object()), ("slice", slice(1, 2)),
]
for name, obj in cases:
    print(name, gc.is_tracked(obj))
