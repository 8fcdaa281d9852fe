import math
print(sorted(n for n in dir(math) if not n.startswith('_')))
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e308, -1e308, 5e-324, float('inf'), -float('inf'), float('nan'), 10, -3, True, 2**70]
names = ['acos','acosh','asin','asinh','atan','atanh','cbrt','ceil','cos','cosh','degrees','erf','erfc','exp','exp2','expm1','fabs','floor','frexp','isfinite','isinf','isnan','log','log10','log1p','log2','modf','radians','sin','sinh','sqrt','tan','tanh','trunc','ulp','factorial','isqrt']
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try: out.append(repr(f(v)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
