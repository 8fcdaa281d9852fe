import cmath
inf = float('inf'); nan = float('nan')
vals = [-inf, -2.3, -1.0, -0.0, 0.0, 0.5, 1.0, 2.3, inf, nan]
for n in ['acos','acosh','asin','asinh','atan','atanh','cos','cosh','exp','log','log10','sin','sinh','sqrt','tan','tanh','phase','polar','isfinite','isinf','isnan']:
    f = getattr(cmath, n)
    out = []
    for a in vals:
        for b in vals:
            try: out.append(repr(f(complex(a, b))))
            except Exception as e: out.append(type(e).__name__)
    print(n, ' '.join(out))
