# test: full-stderr
# Groups nested more than 10 deep are cut off, inside a chain.
e = ValueError(0)
for i in range(12):
    e = ExceptionGroup(f"level{i}", [e, TypeError(i)] if i % 3 == 0 else [e])
try:
    raise ExceptionGroup("first", [KeyError("a")])
except Exception:
    try:
        raise e
    except Exception:
        raise ExceptionGroup("final", [TypeError("z")])
