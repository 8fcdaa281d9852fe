# Exceptions raised in several handlers are combined with the unhandled rest.
def show(e, indent=""):
    print(indent + repr(e) if not isinstance(e, BaseExceptionGroup) else indent + type(e).__name__ + " " + repr(e.message))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, indent + "  ")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise OSError("r2")
except BaseException as e:
    show(e)
    print([repr(x.__context__) for x in e.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
except BaseException as e:
    show(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except BaseException as e:
    show(e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("only")
    except* TypeError:
        pass
except BaseException as e:
    show(e)
    print(repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from e
except BaseException as e:
    show(e)
    print(repr(e.__cause__), e.__suppress_context__)
