# StopIteration subclasses are also converted; other errors pass
class MyStop(StopIteration):
    pass
def g():
    raise MyStop
    yield
try:
    next(g())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def h():
    raise StopAsyncIteration
    yield
try:
    next(h())
except StopAsyncIteration:
    print("StopAsyncIteration passes through generators")
