# TypeError: f() got an unexpected keyword argument 'c'
def f(a, b=2):
    return a + b
print(f(1, b=5))
print(f(1, c=5))
