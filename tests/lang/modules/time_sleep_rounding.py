# time.sleep rounds its duration away from zero (CPython's timeout rounding):
# the tiniest negative float is still negative; tiny positive ones sleep.
import time

for v in [-1e-10, -1e-300, -0.0, 0, 1e-300, 1e-10, False]:
    try:
        print(repr(v), time.sleep(v))
    except ValueError as e:
        print(repr(v), 'ValueError', e)
