# raise ... from None suppresses the context
print("before raising")
try:
    int("bad")
except ValueError:
    raise RuntimeError("could not parse configuration") from None
