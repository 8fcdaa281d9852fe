# f_back chains from the innermost frame to the module frame, then None.
import sys
def a():
    return b()
def b():
    return c()
def c():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
print(a())
mod = sys._getframe()
print(mod.f_back)
print(mod.f_code.co_name)
def check():
    return sys._getframe().f_back is mod
print(check())
class K:
    inner = sys._getframe()
    print(inner.f_code.co_name, inner.f_back is mod)
