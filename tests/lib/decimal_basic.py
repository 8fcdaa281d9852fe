from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero
import decimal
print(D("0.1") + D("0.2"), 0.1 + 0.2, D("0.1") + D("0.2") == D("0.3"))
print(D(1) / D(7), D("1.30") + D("1.20"), D("3.14159").quantize(D("0.01")), repr(D("1.5")))
print(D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.5").quantize(D("1"), rounding=ROUND_HALF_EVEN))
print(D("-7.5").to_integral_value(rounding=ROUND_DOWN), D(10) ** 20, D("1e3").normalize(), D("100").normalize())
print(D(0.1), D((0, (1, 4), -1)), D("NaN"), D("-Infinity"), D("1.20").as_tuple())
print(D("2").sqrt(), D("10").ln().quantize(D("1e-10")), D("-3.5").copy_abs(), D("12.345").adjusted())
print(int(D("7.9")), float(D("0.25")), round(D("2.567"), 2), round(D("2.5")), D("5") // D("2"), D("-5") % D("3"))
print(sorted([D("3"), D("1.5"), D("2")]), max(D("1"), D("1.0")), D("1") == 1, D("0.5") < 1)
