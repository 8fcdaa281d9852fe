# Uncaught RecursionError from mutual recursion with no base case
def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
print("go")
a(0)
