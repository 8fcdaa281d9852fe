# raise with class, instance, args
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '', e.args)
try:
    raise ValueError("msg")
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise ValueError("a", 1, 2.5)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise KeyError("key")
except KeyError as e:
    print(repr(e), str(e))
try:
    raise Exception()
except Exception as e:
    print(repr(e), e.args)
err = TypeError("stored")
try:
    raise err
except TypeError as e:
    print(e is err, e)
def thrower(kind):
    raise kind("from function")
for k in (IndexError, RuntimeError, ZeroDivisionError):
    try:
        thrower(k)
    except Exception as e:
        print(type(e).__name__, e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
