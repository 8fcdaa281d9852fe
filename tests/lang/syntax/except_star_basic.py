# try/except* splits an ExceptionGroup by type.
def handle(eg):
    try:
        raise eg
    except* ValueError as e:
        print("ValueError part:", [str(x) for x in e.exceptions])
    except* TypeError as e:
        print("TypeError part:", [str(x) for x in e.exceptions])
handle(ExceptionGroup("g", [ValueError("v1"), TypeError("t1"), ValueError("v2")]))
handle(ExceptionGroup("g", [TypeError("only")]))
try:
    handle(ExceptionGroup("g", [ValueError("v"), KeyError("k")]))
except ExceptionGroup as rest:
    print("unhandled:", type(rest).__name__, rest.message, [type(x).__name__ for x in rest.exceptions])
