# Frames of functions called through *args see their caller as f_back.
import sys

def who(*a, **k):
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_locals['a'], f.f_locals['k']

def caller():
    return who(*(1, 2), **{'k': 3})

print(caller())

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('who', 'caller'):
        events.append((event, frame.f_code.co_name))
    return tracer

sys.settrace(tracer)
caller()
sys.settrace(None)
print([e for e in events if e[0] in ('call', 'return')])
