# f_lineno is the line being executed, for the current frame and its callers.
import sys
def here():
    return sys._getframe(1).f_lineno
print(here())
x = [
    here(),
    here(),
]
print(x)
def caller_line():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return a, b
print(caller_line())
def outer():
    return inner()
def inner():
    return sys._getframe(1).f_lineno, sys._getframe().f_lineno
print(outer())
def multi(
    a,
    b=here(),
):
    return b
print(multi(1))
