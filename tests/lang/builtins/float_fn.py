# float() conversions
print(float(), float(3), float(-2), float("1.5"), float(" -2.25 "), float("1e3"), float("1E-3"))
print(float("inf"), float("-inf"), float("Infinity"), float("nan") != float("nan"))
print(float(True), float("  .5"), float("5."), float("1_000.5"), float(10 ** 20))
print(float("0.1"), float("3.141592653589793238"), float(2 ** 53 + 1))
for bad in ["", "abc", "1.2.3", "1e", "--1", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
