# abs() on ints, floats, bools, big ints
for v in (0, 5, -5, 10 ** 30, -(10 ** 30), 2.5, -2.5, -0.0, True, False, float('-inf')):
    print(repr(v), repr(abs(v)))
print(abs(-2 ** 63), abs(-(2 ** 63)), type(abs(-1)).__name__, type(abs(-1.0)).__name__)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
