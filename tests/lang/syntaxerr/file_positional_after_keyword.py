# The whole file is rejected: positional argument after a keyword argument.
# Nothing is printed.
def f(a, b):
    return a + b
print(f(a=1, 2))
