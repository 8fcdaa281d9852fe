import math
FMAX = 1.7976931348623157e308
for x in [0.0, -0.0, 1.0, -1.0, 2.0, 1e300, FMAX, 5e-324, 1e-320, float('inf'), 10**20]:
    print(repr(x), repr(math.ulp(x)))
print(repr(math.ulp(float('nan'))))
for x, y in [(0.0, 1.0), (0.0, -1.0), (1.0, 2.0), (1.0, 0.0), (1.0, 1.0), (-0.0, 0.0), (FMAX, math.inf),
             (math.inf, 0.0), (5e-324, 0.0), (1.0, math.nan), (3, 4)]:
    print(x, y, repr(math.nextafter(x, y)))
for args in [(1,), (1, 2, 3), ('a', 1)]:
    try:
        math.nextafter(*args)
    except TypeError as e:
        print(e)
