from fractions import Fraction as F
from decimal import Decimal
for c in [lambda: F("1/0"), lambda: F("1.5/2"), lambda: F([]), lambda: F(1, 2.0), lambda: F("inf"),
          lambda: F(float("inf")), lambda: F(1, 2) + "x", lambda: F(1) / 0, lambda: F(1, 3).limit_denominator(0),
          lambda: F(0) ** -1, lambda: F("3/"), lambda: F("")]:
    try:
        print("no error", c())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(F(Decimal("1.25")), F(2) ** F(1, 2), F(4) ** F(1, 2), F(-8, 27) ** 2, F(1, 2) ** -2, 2 ** F(2))
print(F(1, 3) == Decimal(1) / 3 if False else F(1, 3) < 0.34, F(1, 2) == complex(0.5, 0), F(7, 3).__floor__(), F(1, 10) + 0.2)
class MyF(F): pass
print(type(MyF(1, 2) + 1).__name__, MyF(3, 6))
print(F("1_000/3"), F(" 7 "), F(10 ** 30, 3 * 10 ** 29))
