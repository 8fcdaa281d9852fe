# test: full-stderr
# "once" shows a text once anywhere; "module" once per module; "always" every time.
import _warnings

_warnings.filters.insert(0, ("once", None, RuntimeWarning, None, 0))
_warnings.filters.insert(0, ("always", None, FutureWarning, None, 0))
_warnings._filters_mutated()
for i in range(2):
    _warnings.warn("once text", RuntimeWarning)
_warnings.warn("once text", RuntimeWarning)
for i in range(2):
    _warnings.warn("always text", FutureWarning)
print(sorted(k for k in _warnings._onceregistry if k != "version"))
