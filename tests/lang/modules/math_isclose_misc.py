import math
cases = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (1e10, 1e10 + 1), (-1.0, 1.0),
         (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan), (1.0, math.inf), (0, 0), (10**20, 10**20 + 1)]
for a, b in cases:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=1e-5), math.isclose(a, b, abs_tol=1e-9),
          math.isclose(a, b, rel_tol=0.0, abs_tol=0.0))
for kw in [dict(rel_tol=-1), dict(abs_tol=-0.1), dict(rel_tol='x'), dict(foo=1)]:
    try:
        print(math.isclose(1, 1, **kw))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1,), (1, 2, 3), ('a', 1)]:
    try:
        math.isclose(*args)
    except TypeError as e:
        print(e)
print([math.isfinite(x) for x in (0.0, math.inf, math.nan, 10**300)], [math.isinf(x) for x in (0, -math.inf)])
print([math.isnan(x) for x in (0, math.nan)], math.copysign(3, -0.0), math.copysign(-3, 0.0), math.fabs(-0.0))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5, math.inf), math.remainder(10, 3),
      math.remainder(-10, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(5, math.inf))
