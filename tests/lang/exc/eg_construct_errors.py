# BaseExceptionGroup/ExceptionGroup constructor checks, with CPython's messages.
cases = [
    lambda: ExceptionGroup(),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup(b"m", [ValueError()]),
    lambda: ExceptionGroup(None, [ValueError()]),
    lambda: ExceptionGroup("m", 5),
    lambda: ExceptionGroup("m", None),
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup("m", ()),
    lambda: ExceptionGroup("m", [ValueError(), 3]),
    lambda: ExceptionGroup("m", [ValueError]),
    lambda: ExceptionGroup("m", "ab"),
    lambda: ExceptionGroup("m", {ValueError()}),
    lambda: ExceptionGroup("m", {1: ValueError()}),
    lambda: ExceptionGroup("m", iter([ValueError()])),
    lambda: ExceptionGroup("m", range(0)),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m", [ValueError(), SystemExit(1)]),
    lambda: ExceptionGroup("m", [ValueError()], x=1),
    lambda: BaseExceptionGroup("m", [ValueError()], x=1),
    lambda: BaseExceptionGroup.__new__(int, "x", [ValueError()]),
]
for i, make in enumerate(cases):
    try:
        r = make()
        print(i, "ok", repr(r))
    except Exception as e:
        print(i, type(e).__name__, e)
