import math
for x, y in [(2, 10), (2, 0.5), (-8, 1 / 3), (0, 0), (0.0, -0.0), (-0.0, 3), (-0.0, -3), (1, math.nan), (math.nan, 0),
             (-1, math.inf), (0.5, -math.inf), (2, -1074), (10, 308), (10, 309), (-2, 3), (-2, 0.5), (0, -1), (1e10, 1e10)]:
    try:
        print(x, y, repr(math.pow(x, y)))
    except Exception as e:
        print(x, y, type(e).__name__, e)
for x in [0.0, -0.0, 1, 2, 0.25, 1e-320, 1e308, math.inf, -1, -math.inf, 10**20, 2**1000]:
    try:
        print(repr(x)[:20], repr(math.sqrt(x)))
    except Exception as e:
        print(repr(x)[:20], type(e).__name__, e)
for x in [0, 1, -1, 709, 709.8, 710, -745, -746, math.inf, -math.inf]:
    try:
        print(x, repr(math.exp(x)), repr(math.exp2(x)), repr(math.expm1(x)))
    except Exception as e:
        print(x, type(e).__name__, e)
