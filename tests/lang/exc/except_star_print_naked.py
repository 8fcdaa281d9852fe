# test: full-stderr
# A naked exception raised into except* and not matched propagates unwrapped;
# one raised from a handler is chained to the wrapping group.
def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("from handler")
f()
