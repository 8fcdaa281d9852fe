# Changes a trace function makes to f_locals are written back to the frame.
import sys
def tracer(frame, event, arg):
    if frame.f_code.co_name == "target" and event == "line":
        if frame.f_lineno == target.__code__.co_firstlineno + 3:
            frame.f_locals["x"] = 100
            frame.f_locals.pop("y", None)
    return tracer
def target():
    x = 1
    y = 2
    x += 1
    try:
        print(y)
    except UnboundLocalError as e:
        print("unbound:", e)
    return x
sys.settrace(tracer)
print(target())
sys.settrace(None)
print(target())
