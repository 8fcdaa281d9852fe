# The whole file is rejected: a def header without ':'.
# Nothing is printed because compilation fails before execution.
print("never printed")
def greet(name)
    return "hello " + name
