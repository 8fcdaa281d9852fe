# except* with a tuple of types, else and finally clauses.
def f(exc):
    try:
        if exc:
            raise exc
    except* (ValueError, TypeError) as e:
        print("caught", sorted(type(x).__name__ for x in e.exceptions))
    else:
        print("no exception")
    finally:
        print("finally")
f(None)
f(ExceptionGroup("g", [ValueError(1), TypeError(2)]))
f(TypeError("lone"))
