# sys.setprofile sees Python calls and returns (with the returned value).
import sys
events = []
def prof(frame, event, arg):
    if event in ("call", "return"):
        events.append((event, frame.f_code.co_name, arg if event == "return" else None))
def add(a, b):
    return a + b
def gen():
    yield 1
def work():
    x = add(1, 2)
    for v in gen():
        x += v
    return x
sys.setprofile(prof)
print(sys.getprofile() is prof)
work()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())
