# f_trace: the per-frame local tracer; f_trace_lines turns line events off.
import sys
log = []
def local(frame, event, arg):
    log.append(("local", event, frame.f_code.co_name))
    return local
def glob(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name))
    if frame.f_code.co_name == "quiet":
        frame.f_trace_lines = False
    return local
def quiet():
    a = 1
    b = 2
    return a + b
def loud():
    a = 1
    return a
def start_here():
    sys._getframe().f_trace = local
    sys.settrace(glob)
    x = 1
    quiet()
    loud()
    sys.settrace(None)
    return x
start_here()
for entry in log:
    print(entry)
def only_calls(frame, event, arg):
    log2.append((event, frame.f_code.co_name))
log2 = []
sys.settrace(only_calls)
loud()
sys.settrace(None)
print(log2)
