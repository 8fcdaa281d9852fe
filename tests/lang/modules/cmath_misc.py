import cmath
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
class C:
    def __complex__(self): return 3 + 4j
class F:
    def __float__(self): return 0.25
class I:
    def __index__(self): return 9
class Bad:
    def __complex__(self): return 5
t(cmath.sqrt, C()); t(cmath.sqrt, F()); t(cmath.sqrt, I()); t(cmath.sqrt, Bad())
t(cmath.sqrt, 'x'); t(cmath.sqrt); t(cmath.sqrt, 1, 2); t(cmath.sqrt, z=1)
t(cmath.log, 0); t(cmath.log, 1, 1); t(cmath.log, 8, 2); t(cmath.log, 1j, 1j); t(cmath.log, 1, 2, 3); t(cmath.log)
t(cmath.log10, 0); t(cmath.atanh, 1); t(cmath.atanh, -1); t(cmath.exp, 1000); t(cmath.cosh, 1000); t(cmath.sinh, -1000)
t(cmath.exp, complex(0, float('inf')))
t(cmath.polar, 1j); t(cmath.polar, -1); t(cmath.polar, complex(1e308, 1e308)); t(cmath.polar, complex(float('inf'), float('nan')))
t(cmath.rect, 2, cmath.pi / 2); t(cmath.rect, 1); t(cmath.rect, 1, float('inf')); t(cmath.rect, 1, 'a')
inf, nan = float('inf'), float('nan')
for r in (-inf, -2.3, -0.0, 0.0, 2.3, inf, nan):
    print([cmath.rect(r, p) if not (isinstance(r, float) and r not in (0.0,) and r == r and abs(p) == inf) else 'E' for p in (-2.3, -0.0, 0.0, 2.3, nan)])
t(cmath.phase, -1); t(cmath.phase, complex(-1, -0.0)); t(cmath.phase, 'a')
t(cmath.isclose, 1j, 1j + 1e-10); t(cmath.isclose, 1j, 1.1j, rel_tol=0.2); t(cmath.isclose, 0, 1e-12, abs_tol=1e-11)
t(cmath.isclose, 1, 2, 3); t(cmath.isclose, 1, 2, abs_tol=-1); t(cmath.isclose, complex(inf, 0), complex(inf, 0))
t(cmath.isfinite, 1+1j); t(cmath.isinf, complex(0, inf)); t(cmath.isnan, complex(nan, 0)); t(cmath.isnan, 5)
