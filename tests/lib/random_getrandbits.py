# getrandbits for widths below, at and above a 32-bit word.
import _random
r = _random.Random(7)
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000, 4096]:
    v = r.getrandbits(k)
    print(k, v.bit_length() <= k, v if k < 200 else v % 1000003)
print(r.getrandbits(True))
class I:
    def __index__(self):
        return 40
print(r.getrandbits(I()))
for bad in [-1, 1.0, "3", None, 2**40]:
    try:
        print(r.getrandbits(bad))
    except Exception as e:
        print(type(e).__name__, e)
