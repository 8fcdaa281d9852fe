# a hand-written functools.wraps: copy metadata and set __wrapped__
def wraps(wrapped):
    def deco(wrapper):
        for name in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, name, getattr(wrapped, name))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper

@logged
def add(x, y=2):
    "adds"
    return x + y
add_tag = 1
print(add(1), add(1, y=5))
print(add.__name__, add.__qualname__, add.__doc__)
print(add.__wrapped__(3))
print(add.__wrapped__.__name__)
