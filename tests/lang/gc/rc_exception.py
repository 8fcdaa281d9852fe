# An exception keeps its arguments; the handler name is deleted after except.
import sys


class T:
    pass


o = T()
try:
    raise ValueError(o)
except ValueError as e:
    print(sys.getrefcount(o))
    saved = e
print(sys.getrefcount(o))
print("e" in dir())
del saved
print(sys.getrefcount(o))
err = KeyError(o, o)
print(sys.getrefcount(o))
del err
print(sys.getrefcount(o))
