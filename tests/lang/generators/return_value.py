# return values become StopIteration.value
def g():
    yield 1
    return "result"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
def h():
    return
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value, e.args)
def k():
    if False:
        yield
    return (1, 2)
try:
    next(k())
except StopIteration as e:
    print(e.value)
