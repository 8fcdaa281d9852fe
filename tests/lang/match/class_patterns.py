# Class patterns: __match_args__, keyword attributes, self-matching builtins,
# subclasses, missing attributes and dataclass-like classes.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class P3(P):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class MyInt(int):
    pass

class MyStr(str):
    __match_args__ = ("upper_name",)
    @property
    def upper_name(self):
        return self.upper()

def f(v):
    match v:
        case P3(a, b, c):
            return ("P3", a, b, c)
        case P(0, y=yy):
            return ("P y", yy)
        case P(x=1):
            return ("P x=1",)
        case P(a, b):
            return ("P", a, b)
        case bool(b):
            return ("bool", b)
        case int(i) if i < 0:
            return ("neg", i)
        case MyInt(i):
            return ("MyInt", type(i).__name__, i)
        case MyStr(u):
            return ("MyStr", u)
        case str(s) | bytes(s):
            return ("text", s)
        case float(real=r, imag=im):
            return ("float", r, im)
        case list([x, *_]) | tuple((x, *_)):
            return ("seq starting", x)
        case dict({"k": k}):
            return ("dict k", k)
        case frozenset(s) | set(s):
            return ("set", sorted(s))
        case bytearray(b):
            return ("bytearray", b)
        case object(missing=m):
            return ("has missing", m)
        case _:
            return ("other",)

for v in [P3(1, 2, 3), P(0, 5), P(1, 9), P(2, 3), True, -4, MyInt(7), 7, MyStr("ab"), "s", b"b",
          1.5, [9, 8], (7,), {"k": 1}, {1, 2}, frozenset([3]), bytearray(b"x"), None]:
    print(f(v))

class Holder:
    pass
h = Holder()
h.missing = 42
print(f(h))
