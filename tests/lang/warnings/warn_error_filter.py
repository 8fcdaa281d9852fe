# An "error" filter turns the warning into the exception.
import _warnings

_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)
_warnings.warn("uncaught", RuntimeWarning)
print("not reached")
