# A builtin that raises sends c_exception; a profile function that raises is removed.
import sys

events = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        events.append((event, arg.__name__))

def work():
    try:
        divmod(1, 0)
    except ZeroDivisionError as e:
        events.append(('caught', str(e)))
    [].pop
    d = {}
    try:
        d.pop('missing')
    except KeyError as e:
        events.append(('caught', repr(e)))

sys.setprofile(prof)
work()
sys.setprofile(None)
for e in events:
    print(e)

def bad(frame, event, arg):
    if event == 'c_call':
        raise RuntimeError('profiler failed on ' + arg.__name__)

sys.setprofile(bad)
try:
    len('x')
except RuntimeError as e:
    print(e)
print(sys.getprofile())
