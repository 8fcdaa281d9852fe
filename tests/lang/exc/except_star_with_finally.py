# except* combined with with, finally (break/return there), nested except* and del of the name.
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False
for i in range(3):
    try:
        with CM():
            raise ExceptionGroup("g", [ValueError(i)])
    except* ValueError as e:
        with CM():
            print("in handler", repr(e))
    finally:
        if i == 1:
            break
print("after loop", i)
def f():
    for i in range(2):
        try:
            raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
        except* ValueError:
            pass
        finally:
            return "finally-return"
try:
    print(f())
except Exception as e:
    print("escaped", e)
def h():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except* TypeError as t:
            print("inner star", repr(t))
            raise KeyError("deep")
try:
    h()
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
x = [1]
try:
    raise ExceptionGroup("g", [IndexError(1)])
except* IndexError as e:
    del e
print("deleted ok")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        del e
except NameError as ne:
    print("NameError", ne)
