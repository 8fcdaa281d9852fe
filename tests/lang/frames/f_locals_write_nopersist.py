# writing to f_locals of a function doesn't change its variables
import sys
def f():
    x = 1
    sys._getframe().f_locals["x"] = 99
    return x
print(f())
def g():
    x = 1
    d = locals()
    d["x"] = 5
    return x, d["x"]
print(g())
