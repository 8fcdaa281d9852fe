# Exceptions are ordinary objects
errs = [ValueError("a"), TypeError("b"), KeyError("c")]
for e in errs:
    print(type(e).__name__, e.args[0], isinstance(e, Exception))
e = ValueError("to raise later")
try:
    raise e
except ValueError as got:
    print(got is e)
def make(kind, msg):
    return kind(msg)
print(repr(make(IndexError, "made")))
kinds = (ZeroDivisionError, OverflowError)
try:
    1 // 0
except kinds as e:
    print("tuple of classes caught", type(e).__name__)
handlers = {ZeroDivisionError: "div", KeyError: "key"}
for thunk in (lambda: 1 / 0, lambda: {}[0]):
    try:
        thunk()
    except Exception as ex:
        print(handlers[type(ex)])
print(ValueError.__name__, type(ValueError).__name__)
