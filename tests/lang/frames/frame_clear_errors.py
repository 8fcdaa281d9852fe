# frame.clear() on the executing frame fails; on a finished frame it works
import sys
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def f():
    x = 1
    return sys._getframe()
fr = f()
print(fr.f_locals)
fr.clear()
print(fr.f_locals)
