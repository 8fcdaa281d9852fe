# A trace function that raises is removed, and its exception propagates.
import sys
def bad(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "victim":
        raise RuntimeError("tracer failed")
    return bad
def victim():
    a = 1
    return a
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e)
print(sys.gettrace())
calls = []
def bad_call(frame, event, arg):
    calls.append(event)
    raise ValueError("at call")
sys.settrace(bad_call)
try:
    victim()
except ValueError as e:
    print("caught", e)
print(calls, sys.gettrace())
def bad_profile(frame, event, arg):
    raise KeyError("profile")
sys.setprofile(bad_profile)
try:
    victim()
except KeyError as e:
    print("caught", e)
print(sys.getprofile())
