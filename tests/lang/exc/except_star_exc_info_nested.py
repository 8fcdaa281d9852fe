# The handled exception inside except* handlers of generators and nested handlers.
import sys
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
        raise
    except* TypeError:
        yield repr(sys.exc_info()[1])
g = gen()
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except ExceptionGroup as e:
    print("final", repr(e))
print(sys.exc_info())
def f():
    try:
        raise ExceptionGroup("x", [OSError(1)])
    except* OSError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        print("restored:", repr(sys.exc_info()[1]))
        raise
try:
    f()
except* OSError as e:
    print("caught at top", repr(e))
