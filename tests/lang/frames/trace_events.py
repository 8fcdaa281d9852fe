# sys.settrace: call, line, return and exception events through loops, generators, try/finally.
import sys
log = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event == "return":
        arg = repr(arg)
    else:
        arg = None
    log.append((event, name, frame.f_lineno, arg))
    return tracer
def gen(n):
    for i in range(n):
        yield i * 2
def raiser(x):
    if x:
        raise KeyError(x)
    return x
def main():
    total = 0
    for v in gen(2):
        total += v
    try:
        raiser(1)
    except KeyError as e:
        total += 1
    finally:
        total += 10
    while total < 13:
        total += 1
    return total
def nested():
    def inner(a):
        return a + 1
    return [inner(i) for i in range(2)]
sys.settrace(tracer)
main()
nested()
try:
    raiser(2)
except KeyError:
    pass
sys.settrace(None)
for e in log:
    print(e)
