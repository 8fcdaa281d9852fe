# numbers: a user-defined Rational gets the mixin methods (float(), __index__ rules) and ABC errors.
import numbers

class R(numbers.Rational):
    def __init__(self, n, d=1):
        self._n, self._d = n, d
    numerator = property(lambda self: self._n)
    denominator = property(lambda self: self._d)
    def __repr__(self):
        return "R(%d, %d)" % (self._n, self._d)
    for name in ("__abs__", "__add__", "__ceil__", "__eq__", "__floor__", "__floordiv__", "__le__", "__lt__",
                 "__mod__", "__mul__", "__neg__", "__pos__", "__pow__", "__radd__", "__rfloordiv__", "__rmod__",
                 "__rmul__", "__round__", "__rpow__", "__rtruediv__", "__truediv__", "__trunc__"):
        locals()[name] = lambda self, *a, _n=name: _n
    del name

r = R(3, 4)
print(float(r), r.real is r, r.imag, r.conjugate() is r, complex(r))
print(r + 1, abs(r), bool(R(0)), round(r))
print(isinstance(r, numbers.Real), isinstance(r, numbers.Integral))
try:
    R.__index__
except AttributeError as e:
    print("AttributeError")
class Partial(numbers.Integral):
    def __int__(self):
        return 5
try:
    Partial()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])
print(numbers.Integral.__index__(type("I", (), {"__int__": lambda self: 7})()))
