# test: full-stderr
# _warnings.warn prints file:line: Category: message and the source line, once per location.
import _warnings

_warnings.warn("first")
for i in range(3):
    _warnings.warn("in a loop")
_warnings.warn("runtime", RuntimeWarning)
_warnings.warn(UserWarning("an instance"))
print("done")
