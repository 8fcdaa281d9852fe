# sys.settrace / gettrace / setprofile / getprofile: argument handling.
import sys
print(sys.gettrace(), sys.getprofile())
for fn in (sys.settrace, sys.setprofile):
    try:
        fn()
    except TypeError as e:
        print(e)
    try:
        fn(None, None)
    except TypeError as e:
        print(e)
def t(frame, event, arg):
    return None
sys.settrace(t)
print(sys.gettrace() is t)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(t)
print(sys.getprofile() is t)
sys.setprofile(None)
print(sys.getprofile())
# A non-callable tracer fails at the next call event and is removed.
sys.settrace(42)
def probe():
    return 1
try:
    probe()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.gettrace())
