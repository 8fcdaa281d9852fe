# Every operation on a proxy whose referent died raises ReferenceError.
import _weakref
from _wrutil import mask


class A:
    def __init__(self):
        self.x = 1

    def __len__(self):
        return 1

    def __call__(self):
        return 1


a = A()
p = _weakref.proxy(a)
b = A()
pb = _weakref.proxy(b, lambda r: print("callback got a proxy:", type(r).__name__))
del a, b
print(mask(repr(p)))
ops = [
    ("getattr", lambda: p.x),
    ("setattr", lambda: setattr(p, "x", 2)),
    ("delattr", lambda: delattr(p, "x")),
    ("str", lambda: str(p)),
    ("len", lambda: len(p)),
    ("bool", lambda: bool(p)),
    ("add", lambda: p + 1),
    ("radd", lambda: 1 + p),
    ("neg", lambda: -p),
    ("eq", lambda: p == 1),
    ("lt", lambda: p < 1),
    ("getitem", lambda: p[0]),
    ("contains", lambda: 1 in p),
    ("iter", lambda: iter(p)),
    ("call", lambda: p()),
    ("int", lambda: int(p)),
]
for name, op in ops:
    try:
        op()
        print(name, "no error")
    except ReferenceError as e:
        print(name, "ReferenceError:", e)
    except TypeError as e:
        print(name, "TypeError:", e)
