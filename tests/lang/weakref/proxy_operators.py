# Operators on proxies act on the referents (either operand may be a proxy).
import _weakref


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    def __radd__(self, o):
        return N(o + self.v)

    def __sub__(self, o):
        return self.v - o

    def __mul__(self, o):
        return self.v * o

    def __truediv__(self, o):
        return self.v / o

    def __floordiv__(self, o):
        return self.v // o

    def __mod__(self, o):
        return self.v % o

    def __pow__(self, o, m=None):
        return pow(self.v, o, m)

    def __divmod__(self, o):
        return divmod(self.v, o)

    def __and__(self, o):
        return self.v & o

    def __or__(self, o):
        return self.v | o

    def __xor__(self, o):
        return self.v ^ o

    def __lshift__(self, o):
        return self.v << o

    def __rshift__(self, o):
        return self.v >> o

    def __matmul__(self, o):
        return ("matmul", self.v, o)

    def __neg__(self):
        return -self.v

    def __pos__(self):
        return +self.v

    def __invert__(self):
        return ~self.v

    def __abs__(self):
        return abs(self.v)

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return self.v

    def __bool__(self):
        return self.v != 0

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, N) else o)

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, N) else o)

    def __iadd__(self, o):
        self.v += o
        return self

    __hash__ = object.__hash__


n = N(7)
m = N(3)
p = _weakref.proxy(n)
q = _weakref.proxy(m)
print((p + 1).v, (1 + p).v, (p + q).v)
print(p - 2, p * 2, p / 2, p // 2, p % 4, p ** 2, pow(p, 2, 5), divmod(p, 2))
print(p & 3, p | 8, p ^ 1, p << 2, p >> 1, p @ 5)
print(-p, +p, ~p, abs(p), int(p), float(p), [10, 11, 12, 13, 14, 15, 16, 17][p])
print(bool(p), bool(_weakref.proxy(N(0))))
print(p < 8, p < q, q < p, p == 7, p == n, p != q)
p += 1
print(type(p).__name__, n.v)
try:
    p - "x"
except TypeError as e:
    print("TypeError:", e)
try:
    p @ q @ "x"
except TypeError as e:
    print("TypeError:", e)
