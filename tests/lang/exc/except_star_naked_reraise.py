# A naked exception matched by except* and re-raised comes out wrapped.
def f(kind):
    try:
        raise ValueError("v")
    except* ValueError as e:
        if kind == "bare":
            raise
        if kind == "new":
            raise TypeError("t")
        if kind == "same":
            raise e.exceptions[0]
for kind in ("bare", "new", "same", "none"):
    try:
        f(kind)
        print(kind, "-> nothing raised")
    except BaseException as x:
        print(kind, "->", repr(x), repr(x.__context__))
