# sys._getframe() returns the caller's frame object; depth walks up the calls.
import sys
f = sys._getframe()
print(type(f).__name__, f.f_code.co_name)
print(sys._getframe() is f, sys._getframe(0) is f)
def inner():
    me = sys._getframe()
    up = sys._getframe(1)
    top = sys._getframe(2)
    return me.f_code.co_name, up.f_code.co_name, top.f_code.co_name
def outer():
    return inner()
print(outer())
def depth_of(n):
    if n:
        return depth_of(n - 1)
    names = []
    d = 0
    while True:
        try:
            fr = sys._getframe(d)
        except ValueError:
            break
        names.append(fr.f_code.co_name)
        d += 1
    return names
print(depth_of(3))
