# sys.getsizeof of ints, bools and floats: CPython 3.11's 64-bit sizes.
import sys

for v in [0, 1, -1, 255, 2**30 - 1, 2**30, -2**30, 2**60 - 1, 2**60, 2**90, -2**120, 10**100, True, False]:
    print(v if abs(v) < 2**70 else "big", sys.getsizeof(v), v.__sizeof__())
for v in [0.0, 1.5, -1e300, float("inf"), 1j, 1 + 2j]:
    print(v, sys.getsizeof(v), v.__sizeof__())


class I(int):
    pass


class F(float):
    pass


print(sys.getsizeof(I(5)), I(5).__sizeof__(), sys.getsizeof(I(2**40)))
print(sys.getsizeof(F(1.0)), F(1.0).__sizeof__())
