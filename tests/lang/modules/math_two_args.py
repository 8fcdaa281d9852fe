import math
vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 1e308, -1e308, 5e-324, float('inf'), -float('inf'), float('nan'), 10, -3, True, 2**70]
for n in ['atan2','copysign','fmod','remainder','pow','nextafter','hypot','ldexp', 'log']:
    f = getattr(math, n)
    out = []
    for a in vals[:12]:
        for b in [0.0, -0.0, 1.5, -2.0, float('inf'), -float('inf'), float('nan'), 3]:
            try:
                if n == 'ldexp': b = int(b) if b == b and abs(b) != float('inf') else 5
                out.append(repr(f(a, b)))
            except Exception as e: out.append(type(e).__name__)
    print(n, ' '.join(out))
