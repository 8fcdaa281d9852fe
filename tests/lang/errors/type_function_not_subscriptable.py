# TypeError: 'function' object is not subscriptable
def f():
    return [1, 2]
print(f()[0])
print(f[0])
