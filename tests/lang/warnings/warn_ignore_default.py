# test: full-stderr
# The default filters: DeprecationWarning shows in __main__ only; the others are ignored.
import _warnings

print(len(_warnings.filters), _warnings._defaultaction)
for f in _warnings.filters:
    print(f)
_warnings.warn("dep", DeprecationWarning)
_warnings.warn("pending", PendingDeprecationWarning)
_warnings.warn("import", ImportWarning)
_warnings.warn("resource", ResourceWarning)
_warnings.warn("future", FutureWarning)
