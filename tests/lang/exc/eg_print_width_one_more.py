# test: full-stderr
# 16 sub-exceptions: "and 1 more exception".
raise BaseExceptionGroup("wide", [KeyboardInterrupt()] + [ValueError(i) for i in range(15)])
