# __wrapped__ chains through several hand-written wrappers
def wrap(fn):
    def w(*a):
        return fn(*a) + 1
    w.__wrapped__ = fn
    w.__name__ = fn.__name__
    return w
@wrap
@wrap
def base(x):
    return x
print(base(0), base.__name__)
f, depth = base, 0
while hasattr(f, "__wrapped__"):
    f, depth = f.__wrapped__, depth + 1
print(depth, f(0), f is base.__wrapped__.__wrapped__)
