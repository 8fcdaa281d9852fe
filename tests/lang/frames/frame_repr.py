# repr(frame): "<frame at 0x..., file '...', line N, code NAME>".
import sys
def clean(r):
    start = r.index("0x")
    end = r.index(",", start)
    return r[:start] + "ADDR" + r[end:]
f = sys._getframe()
print(clean(repr(f)).replace(repr(__file__), "FILE"))
def func():
    return sys._getframe()
fr = func()
print(clean(repr(fr)).replace(repr(__file__), "FILE"))
class Klass:
    kf = sys._getframe()
print(clean(repr(Klass.kf)).replace(repr(__file__), "FILE"))
g = (sys._getframe() for _ in [1])
print(clean(repr(next(g))).replace(repr(__file__), "FILE"))
print(repr(f).startswith("<frame at 0x"), str(f) == repr(f))
