# gi_frame: the generator's frame while alive, None once finished.
import sys
def gen(n):
    yield sys._getframe()
    x = n * 2
    yield x
    return
g = gen(3)
fr = g.gi_frame
print(type(fr).__name__, fr.f_code is g.gi_code, fr.f_lineno)
print(fr.f_back, sorted(fr.f_locals))
first = next(g)
print(first is fr, g.gi_frame is fr)
print(fr.f_lineno, fr.f_back)
print(next(g), fr.f_lineno, sorted(fr.f_locals.items()))
print(list(g), g.gi_frame)
print(fr.f_back, sorted(fr.f_locals.items()), fr.f_lineno)
def running():
    f = sys._getframe()
    yield f.f_back is caller_frame, f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name
def driver():
    global caller_frame
    caller_frame = sys._getframe()
    r = running()
    return next(r), [v for v in r]
print(driver())
def plain():
    yield 1
p = plain()
for _ in p:
    pass
print(p.gi_frame)
e = (i for i in range(2))
print(e.gi_frame.f_code.co_name, sorted(e.gi_frame.f_locals))
