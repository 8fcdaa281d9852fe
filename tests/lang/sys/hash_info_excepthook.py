# sys.hash_info (the parameters every hash follows) and sys.excepthook.
import sys

h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.algorithm, h.hash_bits, h.seed_bits, h.cutoff)
print(hash(float("inf")) == h.inf, hash(2**61 - 1) == 0, hash(1j) == h.imag, len(h), h[0])
print(sys.__excepthook__ is sys.excepthook)
try:
    raise KeyError("shown by excepthook")
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
print("after")
