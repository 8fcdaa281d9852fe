import math
# Pseudo-random sums across magnitudes: fsum must round the exact sum correctly.
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state
for trial in range(60):
    n = 1 + rnd() % 40
    xs = []
    for _ in range(n):
        m = (rnd() % 2**53) / 2**53
        e = rnd() % 120 - 60
        s = -1 if rnd() % 2 else 1
        xs.append(s * math.ldexp(m, e))
    xs += [-x for x in xs[: rnd() % (n + 1)]]
    print(repr(math.fsum(xs)), repr(math.hypot(*xs[:5])), repr(math.prod(xs[:3])))
