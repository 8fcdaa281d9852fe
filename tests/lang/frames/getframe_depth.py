# sys._getframe(depth) walks up the call stack
import sys
def a():
    return b()
def b():
    return c()
def c():
    return [sys._getframe(i).f_code.co_name for i in range(4)]
print(a())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
print(sys._getframe().f_code.co_name)
