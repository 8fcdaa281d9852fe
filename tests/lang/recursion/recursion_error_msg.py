# RecursionError type and message
import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__mro__[1].__name__, e)
def g():
    return g()
try:
    g()
except RuntimeError as e:
    print("caught as RuntimeError", type(e).__name__)
print(sys.getrecursionlimit() > 100)
