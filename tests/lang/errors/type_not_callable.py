# TypeError: 'int' object is not callable
x = 5
print(x * (2 + 3))
print(x(2 + 3))
