# sys.setprofile sees c_call/c_return for builtin functions and methods (not for types).
import sys
events = []
def prof(frame, event, arg):
    name = getattr(arg, '__qualname__', None) if event.startswith('c_') else None
    events.append((event, frame.f_code.co_name, name))

def work():
    l = []
    l.append(len('abc'))
    try:
        int('x')
    except ValueError:
        pass
    sorted([3, 1], key=abs)
    return max(l)

sys.setprofile(prof)
work()
sys.setprofile(None)
for e in events:
    print(e)
