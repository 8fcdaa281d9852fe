# an exception raised in a generator gets the caller's handled exception as context
def g():
    yield 1
    raise KeyError("in gen")
it = g()
next(it)
try:
    try:
        raise ValueError("outer")
    except ValueError:
        next(it)
except KeyError as e:
    print(repr(e), repr(e.__context__))
