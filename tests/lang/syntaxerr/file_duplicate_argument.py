# The whole file is rejected: duplicate argument in a function definition.
# Nothing is printed.
def f(a, b, a):
    return a + b
print("never printed")
