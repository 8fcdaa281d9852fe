# test: full-stderr
# Caret lines under source lines get the group's margin.
def f(d):
    return d["a"]["b"] + 1
def g(x):
    return x.missing_attr
errors = []
for fn, arg in ((f, {"a": {}}), (g, 5)):
    try:
        fn(arg)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("carets", [ExceptionGroup("nested", errors)])
