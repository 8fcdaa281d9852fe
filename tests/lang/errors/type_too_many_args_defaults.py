# TypeError: g() takes from 1 to 2 positional arguments but 4 were given
def g(a, b=1):
    return a * b
print(g(3), g(3, 4))
g(1, 2, 3, 4)
