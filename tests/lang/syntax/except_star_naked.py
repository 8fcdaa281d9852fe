# A plain exception raised into except* is wrapped in an ExceptionGroup.
try:
    raise ValueError("plain")
except* ValueError as e:
    print(type(e).__name__, e.message == "", [str(x) for x in e.exceptions])
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("KeyError propagated unchanged:", e)
try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", [OSError("o")])])
except* OSError as e:
    print("nested:", repr(e.exceptions[0]))
