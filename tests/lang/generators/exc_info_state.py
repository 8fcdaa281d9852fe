# A generator keeps its own handled exception across yields; outside a handler it sees its resumer's.
import sys
def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]

g = gen()
print(repr(next(g)), sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(repr(next(g)))
    print(repr(next(g)))
    print(repr(sys.exc_info()[1]))

def reraiser():
    yield
    raise
r = reraiser()
next(r)
try:
    raise TypeError("caller's")
except TypeError:
    try:
        next(r)
    except TypeError as e:
        print("bare raise in gen saw", repr(e))

def ctx():
    try:
        yield
    except ZeroDivisionError as e:
        print("gen caught", repr(e), repr(sys.exc_info()[1]))
        yield "handled"
c = ctx(); next(c)
print(c.throw(ZeroDivisionError("zz")))
print(repr(sys.exc_info()[1]))
def chain():
    try:
        yield
    except Exception:
        raise RuntimeError("from gen")
c2 = chain(); next(c2)
try:
    c2.throw(OSError("o"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
