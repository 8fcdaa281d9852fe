# Bare raise re-raises the original exception, which then goes uncaught
def risky():
    return [][0]
try:
    risky()
except IndexError:
    print("logging the error")
    raise
