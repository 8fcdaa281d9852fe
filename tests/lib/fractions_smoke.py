from fractions import Fraction as F
import math
a = F(3, 4); b = F("1/3")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a ** 2, -a, abs(F(-1, 2)))
print(F(0.5), F("1.25"), F(6, -4), F(3), a.numerator, a.denominator, float(a), int(F(7, 2)))
print(a < b, a == 0.75, a + 1, 1 - a, a * 2.0, round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), F(1, 3).limit_denominator(2), F.from_float(0.1).limit_denominator(100))
print(F(355, 113).as_integer_ratio(), F(10, 4) // F(1, 3), F(10, 4) % F(1, 3), divmod(F(7, 2), 2))
print(hash(F(1, 2)) == hash(0.5), F(2, 1) == 2, str(F(-0)), F("  -3/7 "), F("1e3"), F(True))
for bad in [lambda: F(1, 0), lambda: F("x/y"), lambda: F(1.5, 2), lambda: F(float("nan"))]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
