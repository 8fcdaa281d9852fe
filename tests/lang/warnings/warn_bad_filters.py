# Malformed filter entries and unknown actions give CPython's errors.
import _warnings

saved = list(_warnings.filters)
_warnings.filters.insert(0, ("whatever", None, Warning, None, 0))
try:
    _warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", e)
_warnings.filters[0] = ("ignore", None)
try:
    _warnings.warn("x")
except ValueError as e:
    print("ValueError:", e)
_warnings.filters[0] = (1, None, Warning, None, 0)
try:
    _warnings.warn("x")
except TypeError as e:
    print("TypeError:", e)
_warnings.filters[:] = saved
print("restored")
