# Re-raised parts keep the original group's shape, message and identity of leaves.
v1, v2, t1, k1 = ValueError(1), ValueError(2), TypeError(3), KeyError(4)
orig = ExceptionGroup("top", [v1, ExceptionGroup("mid", [t1, v2]), k1])
try:
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as e:
    print(repr(e))
    print(e is orig, e.exceptions[0] is v1, e.exceptions[1].exceptions[0] is v2, e.exceptions[2] is k1)
    print(e.__traceback__ is orig.__traceback__)
try:
    try:
        raise orig
    except* Exception:
        raise
except ExceptionGroup as e:
    print("whole:", e is orig)
