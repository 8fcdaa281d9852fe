# Deeply nested groups: split/subgroup/except* raise RecursionError, printing stops at depth 10.
e = ValueError(0)
for i in range(100000):
    e = ExceptionGroup("x", [e])
try:
    e.split(ValueError)
except RecursionError as r:
    print("RecursionError", r)
try:
    e.subgroup(lambda x: False)
except RecursionError as r:
    print("RecursionError", r)
try:
    raise e
except* TypeError:
    pass
except* ValueError:
    print("not reached?")
