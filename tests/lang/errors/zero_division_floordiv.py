# Uncaught ZeroDivisionError from // in a nested call chain
def a(n):
    return b(n) + 1
def b(n):
    return 100 // n
print(a(5))
print(a(0))
