# Uncaught ZeroDivisionError from integer division inside a function
def ratio(a, b):
    return a / b
print(ratio(10, 4))
print(ratio(1, 0))
print("not reached")
