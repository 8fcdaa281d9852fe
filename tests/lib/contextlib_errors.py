import contextlib
@contextlib.contextmanager
def cm():
    try:
        yield
    except KeyError:
        print("cm saw KeyError, swallowing")
with cm():
    raise KeyError("x")
print("continued")
@contextlib.contextmanager
def reraise():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with reraise():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, type(e.__cause__).__name__)
@contextlib.contextmanager
def stop_iter():
    yield
try:
    with stop_iter():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration", e)
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
with contextlib.suppress():
    pass
c = cm()
c.__enter__()
try:
    c.__enter__()
except (RuntimeError, AttributeError, TypeError) as e:
    print(type(e).__name__)
with contextlib.ExitStack() as st:
    try:
        st.push(5)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    with contextlib.nullcontext():
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
