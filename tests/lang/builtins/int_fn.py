# int() conversions with and without base
print(int(), int(5), int(-5), int(3.9), int(-3.9), int(True), int("42"), int(" -17 "))
print(int("1_000_000"), int("+8"), int("0"), int("-0"), int("00012"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("1010", 2), int("0b1010", 0), int("z", 36), int("Krait", 36), int("10", 3))
print(int("123456789012345678901234567890"), int(1e18), int(-2.5e15))
print(int("-ff", 16), int("  42\n"), int(10 ** 20 + 0.0) == 10 ** 20)
for bad in ["", "abc", "1.5", "1 2", "0x10", "--1", "_1", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float('nan'))
except ValueError as e:
    print("ValueError:", e)
