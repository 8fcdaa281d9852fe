# read-only frame attributes and unknown attributes
import sys
fr = sys._getframe()
for name in ("f_back", "f_code", "f_locals", "f_globals"):
    try:
        setattr(fr, name, None)
    except AttributeError:
        print(name, "read-only")
try:
    fr.nope
except AttributeError as e:
    print(e)
try:
    fr.f_lineno = "x"
except (TypeError, ValueError) as e:
    print(type(e).__name__)
