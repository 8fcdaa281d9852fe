# sys.unraisablehook: the default report, a hook that fails, restoring the default.
import sys

print(sys.unraisablehook is sys.__unraisablehook__)


class Bad:
    def __del__(self):
        raise ValueError("x")


def bad_hook(u):
    raise RuntimeError("hook failed")


seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__))
Bad()
print(seen)
sys.unraisablehook = bad_hook
Bad()
sys.unraisablehook = sys.__unraisablehook__
Bad()
print("end")
