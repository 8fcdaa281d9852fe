# Bad categories and arguments raise TypeError as CPython does.
import _warnings

for bad in (int, 3, "x", Exception):
    try:
        _warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _warnings.warn()
except TypeError as e:
    print("TypeError:", e)
try:
    _warnings.warn("m", UserWarning, "1")
except TypeError as e:
    print("TypeError:", e)
