# except* with else and finally, in functions and loops.
def f(exc):
    out = []
    try:
        out.append("body")
        if exc is not None:
            raise exc
    except* ValueError:
        out.append("value")
    except* TypeError:
        out.append("type")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f(None))
print(f(ValueError()))
print(f(ExceptionGroup("g", [TypeError(), ValueError()])))
try:
    f(ExceptionGroup("g", [KeyError("x"), ValueError()]))
except ExceptionGroup as e:
    print("escaped:", repr(e))
for i in range(3):
    try:
        if i == 1:
            raise OSError(i)
    except* OSError:
        print("caught", i)
    finally:
        print("finally", i)
