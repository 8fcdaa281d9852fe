import math
# Trigonometric and hyperbolic functions at common points (exact reprs).
pts = [0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, -0.7, 10.0, 100.0]
for f in (math.sin, math.cos, math.tan, math.sinh, math.cosh, math.tanh, math.atan, math.asinh, math.exp, math.expm1,
          math.erf, math.erfc, math.cbrt, math.exp2, math.log1p):
    print(f.__name__, [f(x) for x in pts])
print([math.atan2(y, x) for y in (-1.0, -0.0, 0.0, 1.0) for x in (-1.0, -0.0, 0.0, 1.0)])
print([math.acos(x) for x in (-1, -0.5, 0, 0.5, 1)], [math.asin(x) for x in (-1, -0.5, 0, 0.5, 1)])
print([math.acosh(x) for x in (1, 1.5, 10, 1e300)], [math.atanh(x) for x in (-0.9, 0, 0.5)])
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
