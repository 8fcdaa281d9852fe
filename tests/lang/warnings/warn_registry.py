# The __warningregistry__ of the calling module records what was shown.
import _warnings

_warnings.warn("recorded")
reg = __warningregistry__
print(sorted((k if isinstance(k, str) else (k[0], k[1].__name__, k[2])) for k in reg))
_warnings._filters_mutated()
_warnings.warn("recorded")
print(len(__warningregistry__))
