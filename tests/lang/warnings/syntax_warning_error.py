# A SyntaxWarning made an error by a filter becomes a SyntaxError at the spot.
import _warnings

_warnings.filters.insert(0, ("error", None, SyntaxWarning, None, 0))
for src in ("x is 1", "a = 1\nb = a is not 'q'", "y is ()"):
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
_warnings.filters.pop(0)
print(compile("x is 1", "<src>", "eval") is not None)
