# sys.unraisablehook receives exceptions raised in __del__.
import gc
import sys


def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.object.__qualname__)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError("plain")


Bad()
c = Bad()
c.me = c
del c
gc.collect()
print("end")
