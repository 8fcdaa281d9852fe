from decimal import Decimal as D, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for v in ["2.5", "-2.5", "1.15", "-1.05", "0.005", "9.99"]:
    print(v, [str(D(v).quantize(D("0.1"), rounding=m)) for m in modes])
print(D("123.456").scaleb(2), D("1.2300").normalize(), D("1e2").to_eng_string(), D("123E+5").to_eng_string())
print(D("7").fma(2, 3), D("10").compare(D("2")), D("-0").is_signed(), D("inf").is_infinite(), D("1.0").is_zero())
print(D("2").max(D("3")), D("1.5").min(D("1.50")), D("3.7").remainder_near(D("2")) if hasattr(D, "remainder_near") else None)
print(D(2) ** D("0.5"), D("1.234567890123456789012345678901"), D(1).exp(), D(100).log10())
print("{:.2f} {:>10} {:e} {:%}".format(D("3.14159"), D("2.5"), D("12345.6789"), D("0.25")))
print(D("NaN") == D("NaN"), D("1") / 8, D("0.1") * 3 == D("0.3"), D(3).as_integer_ratio(), D("0.75").as_integer_ratio())
