# One frame, one frame object: every route to it gives the same object.
import sys
def inner():
    me = sys._getframe()
    return me, sys._getframe(1)
def outer():
    own = sys._getframe()
    me, up = inner()
    return own is up, me.f_back is own, me.f_back is sys._getframe()
print(outer())
def raiser():
    holder.append(sys._getframe())
    raise KeyError
holder = []
try:
    raiser()
except KeyError as e:
    print(e.__traceback__.tb_next.tb_frame is holder[0])
    print(e.__traceback__.tb_frame is sys._getframe())
def gen():
    yield sys._getframe()
g = gen()
print(next(g) is g.gi_frame)
