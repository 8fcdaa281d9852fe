# test: full-stderr
# SystemExit and KeyboardInterrupt inside an uncaught group don't exit quietly.
print("before")
raise BaseExceptionGroup("stop", [SystemExit(3), KeyboardInterrupt()])
