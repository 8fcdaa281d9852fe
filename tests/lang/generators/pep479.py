# PEP 479: StopIteration inside a generator becomes RuntimeError
def g():
    yield 1
    raise StopIteration("inner")
it = g()
next(it)
try:
    next(it)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print(e)
