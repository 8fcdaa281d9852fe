# Pseudo-random doubles (all exponent ranges, subnormals included) through
# repr, formatting, arithmetic and conversions; printed with a rolling checksum.
seed = 987654321


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed


def dbl():
    r = rnd()
    mant = r % 2**52
    exp = (r >> 52) % 2046 - 1022
    if rnd() % 8 == 0:
        exp = rnd() % 60 - 30
    s = '-' if rnd() % 2 else ''
    lead = '0' if exp == -1022 and rnd() % 4 == 0 else '1'
    return float.fromhex('%s0x%s.%013xp%d' % (s, lead, mant, exp))


specs = ['', 'e', '.3e', 'f', '.0f', '.12f', 'g', '.1g', '.17g', '#g', '%', '.2%', 'E', 'G', '+.5', ' ,.2f', '_g', '25.10e', 'n', 'r']
M = 2**61 - 1
acc = 0
for i in range(800):
    x, y = dbl(), dbl()
    parts = [repr(x), str(y), float(repr(x)) == x, x.hex(), float.fromhex(x.hex()) == x]
    for sp in specs:
        try:
            parts.append(format(x, sp))
        except ValueError as e:
            parts.append(str(e))
    for f in (lambda: x + y, lambda: x - y, lambda: x * y, lambda: x / y, lambda: x // y, lambda: x % y,
              lambda: divmod(x, y), lambda: abs(x) ** 0.5, lambda: round(x, i % 20 - 10), lambda: x.as_integer_ratio(),
              lambda: int(x), lambda: x == int(x), lambda: hash(x), lambda: x < y, lambda: round(x)):
        try:
            parts.append(repr(f()))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            parts.append(type(e).__name__ + str(e))
    for p in parts:
        for ch in str(p):
            acc = (acc * 131 + ord(ch)) % M
    if i % 100 == 0:
        print(parts[:3], parts[5:12], parts[-15:-12])
print(acc)
