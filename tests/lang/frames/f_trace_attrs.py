# f_trace, f_trace_lines and f_trace_opcodes: defaults, type checks, deletion.
import sys
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
def tracer(frame, event, arg):
    return tracer
f.f_trace = tracer
print(f.f_trace is tracer)
f.f_trace = None
print(f.f_trace)
f.f_trace = 42
print(f.f_trace)
del f.f_trace
print(f.f_trace)
f.f_trace_lines = False
f.f_trace_opcodes = True
print(f.f_trace_lines, f.f_trace_opcodes)
f.f_trace_lines = True
f.f_trace_opcodes = False
for name in ["f_trace_lines", "f_trace_opcodes"]:
    for v in [1, 0, None, "yes"]:
        try:
            setattr(f, name, v)
        except TypeError as e:
            print(name, repr(v), e)
    try:
        delattr(f, name)
    except TypeError as e:
        print(name, e)
print(f.f_trace_lines, f.f_trace_opcodes)
def other():
    return sys._getframe()
print(other().f_trace_lines)
