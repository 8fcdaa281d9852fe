import cmath
vals = [complex(a, b) for a in (-1e300, -3.7, -1.0, -0.3, 0.0, 1e-310, 0.7, 1.0, 2.5, 1e200) for b in (-2e300, -1.5, -1e-200, 0.0, 0.4, 1.0, 3.3, 1e250)]
for n in ['acos','acosh','asin','asinh','atan','atanh','cos','cosh','exp','log','log10','sin','sinh','sqrt','tan','tanh','polar']:
    f = getattr(cmath, n)
    out = []
    for z in vals:
        try: out.append(repr(f(z)))
        except Exception as e: out.append(type(e).__name__)
    print(n, ' '.join(out))
for z in [1, 2.5, -4, True, 50]:
    print(cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log(z, 3), cmath.log10(z), cmath.phase(z))
