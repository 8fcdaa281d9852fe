# The first line event of one-line functions, lambdas and comprehensions.
import sys
def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer
def f(): return 1
g = lambda: 2
def h():
    return [x for x in (1,)]
sys.settrace(tracer)
f()
g()
h()
sys.settrace(None)
