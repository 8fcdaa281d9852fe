# _random.Random seeded with ints (small, big, negative, bool) gives CPython's stream.
import _random
R = _random.Random
for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 7, -(2**100), 10**50, 12345678901234567890, True, False]:
    r = R(s)
    print(s, [r.random() for _ in range(3)], r.getrandbits(32))
r = R(0)
r.seed(5)
print(r.random())
r.seed(-5)
print(r.random())
