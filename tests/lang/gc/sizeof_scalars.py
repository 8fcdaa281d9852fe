# sys.getsizeof of scalar builtins on 64-bit.
import sys

for o in (None, True, False, 0, 1, -1, 2**30, 2**60, 2**64, 0.0, 1e300, 1j, 2 + 3j, ..., NotImplemented):
    print(repr(o), sys.getsizeof(o))
