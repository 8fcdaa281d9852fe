# test: full-stderr
# Causes and contexts inside and around groups; a shared context prints once.
def make():
    errors = []
    try:
        raise KeyError("shared")
    except KeyError:
        for i in range(2):
            try:
                raise ValueError(i)
            except ValueError as e:
                errors.append(e)
        try:
            raise TypeError("caused") from OSError("the cause")
        except TypeError as e:
            errors.append(e)
        raise ExceptionGroup("many", errors)
try:
    make()
except ExceptionGroup as eg:
    raise RuntimeError("outer") from eg
