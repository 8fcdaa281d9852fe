import math
for x in [0.0, -0.0, 1.0, -8.0, 0.1, 1e308, 5e-324, 2.2250738585072014e-308, float('inf'), -float('inf'), 3, True]:
    m, e = math.frexp(x)
    print(repr(x), repr(m), e, math.ldexp(m, e) == x or x != x)
print(repr(math.frexp(float('nan'))[0]))
for x, i in [(1.0, 1024), (1.0, 1023), (0.5, 1025), (1.0, -1074), (1.0, -1075), (1.0, -1076), (-3.0, 10), (1.0, 10**100),
             (1.0, -10**100), (0.0, 10**100), (float('inf'), -5), (float('nan'), 3), (1.0, True), (2.0, -2**63)]:
    try:
        print(x, i if abs(i) < 10**20 else 'big', repr(math.ldexp(x, i)))
    except Exception as e:
        print(x, type(e).__name__, e)
for x in [0.0, -0.0, 3.75, -3.75, 1e300, float('inf'), -float('inf'), 5]:
    print(repr(x), math.modf(x))
print(math.modf(float('nan')))
