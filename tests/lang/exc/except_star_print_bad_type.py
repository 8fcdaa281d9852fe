# test: full-stderr
# except* ExceptionGroup is a TypeError raised while handling the group.
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ExceptionGroup:
    pass
