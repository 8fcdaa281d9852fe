# Pseudo-random complex numbers (with zeros, infs and nans mixed in) through
# repr, str(), complex(repr) round-trips, arithmetic, abs, ** and format.
seed = 424242


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed


SPECIAL = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1.0, -1.0, 1e308, 5e-324, 0.5]


def part():
    r = rnd()
    if r % 5 == 0:
        return SPECIAL[(r >> 8) % len(SPECIAL)]
    mant = (r >> 3) % 2**52
    exp = (r >> 55) % 80 - 40
    return float.fromhex('%s0x1.%013xp%d' % ('-' if r & 4 else '', mant, exp))


M = 2**61 - 1
acc = 0
for i in range(600):
    z, w = complex(part(), part()), complex(part(), part())
    out = [repr(z), str(w), complex(repr(z)) == z or z != z, format(z, '.3g'), format(w, '>30.2e'), format(z, '')]
    for f in (lambda: z + w, lambda: z - w, lambda: z * w, lambda: z / w, lambda: abs(z), lambda: z ** 2,
              lambda: z ** -1, lambda: z ** 0.5, lambda: z ** w, lambda: z.conjugate(), lambda: z == w,
              lambda: hash(z) if z == z else "nan-hash", lambda: -z, lambda: z * 2.5, lambda: 3 / z):
        try:
            out.append(repr(f()))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__ + str(e))
    for p in out:
        for ch in str(p):
            acc = (acc * 131 + ord(ch)) % M
    if i % 75 == 0:
        print(out[:4], out[6:10])
print(acc)
