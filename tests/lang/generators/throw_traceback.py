# throw(type, value, tb) attaches the traceback
import sys
def g():
    try:
        yield
    except ZeroDivisionError as e:
        print("tb kept", e.__traceback__ is not None)
        yield "ok"
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
    tb = sys.exc_info()[2]
it = g()
next(it)
print(it.throw(ZeroDivisionError, err, tb))
try:
    it.throw(ValueError, ValueError(), 5)
except TypeError as e:
    print(e)
