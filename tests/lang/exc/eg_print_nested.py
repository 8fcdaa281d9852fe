# test: full-stderr
# An uncaught group with a nested group and sub-exceptions that have tracebacks.
def fail(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")
def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except Exception as e:
            errors.append(e)
    return errors
inner = ExceptionGroup("inner", collect())
print("raising")
raise ExceptionGroup("outer", [inner, KeyError("k"), ExceptionGroup("leafy", [OSError("o")])])
