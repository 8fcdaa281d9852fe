# TypeError: f() missing 1 required positional argument: 'b'
def f(a, b):
    return a - b
print(f(5, 3))
print(f(5))
