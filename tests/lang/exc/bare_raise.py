# Bare raise re-raises the exception being handled
def handler():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging, then re-raise")
        raise
try:
    handler()
except KeyError as e:
    print("outer got", repr(e))
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        raise
except Exception as e:
    print("re-raised", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
