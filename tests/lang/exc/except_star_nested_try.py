# except* blocks nested in each other and in plain try statements.
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")])])
    except* TypeError as e:
        print("inner handler:", repr(e))
        try:
            raise ExceptionGroup("fresh", [OSError("d")])
        except* OSError as e2:
            print("fresh handler:", repr(e2))
except* ValueError as e:
    print("outer V:", repr(e))
except* KeyError as e:
    print("outer K:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except ValueError:
        print("not reached: plain except doesn't split")
except ExceptionGroup as e:
    print("plain except ExceptionGroup:", repr(e))
