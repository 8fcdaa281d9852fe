# Default values are evaluated at def time, so the error happens at definition
print("before def")
def f(x=1 // 0):
    return x
print("not reached")
