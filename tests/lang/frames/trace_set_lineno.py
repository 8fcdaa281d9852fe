# Setting f_lineno from a trace function: CPython's checks and messages per event.
import sys
out = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        for v in [1, 10 ** 6, "x"]:
            try:
                frame.f_lineno = v
            except ValueError as e:
                out.append((event, str(e)))
    return tracer
def target():
    a = 1
    return a
sys.settrace(tracer)
target()
sys.settrace(None)
for o in out:
    print(o)
f = sys._getframe()
try:
    f.f_lineno = 3
except ValueError as e:
    print(e)
def other():
    pass
def t2(frame, event, arg):
    return t2
sys.settrace(t2)
other()
sys.settrace(None)
try:
    f.f_lineno = 3
except ValueError as e:
    print(e)
print(sys.gettrace(), sys.getprofile())
