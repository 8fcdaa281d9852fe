# test: full-stderr
# More than 15 sub-exceptions: the rest are counted, not shown.
raise ExceptionGroup("wide", [ValueError(i) for i in range(18)])
