# Raising a new exception inside an except* handler chains it with the rest.
try:
    try:
        raise ExceptionGroup("g", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as eg:
    print(type(eg).__name__, len(eg.exceptions))
    print(sorted(type(x).__name__ for x in eg.exceptions))
except RuntimeError as r:
    print("runtime", r)
try:
    try:
        raise ExceptionGroup("g", [ValueError("a")])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("reraised", eg.message, [str(x) for x in eg.exceptions])
