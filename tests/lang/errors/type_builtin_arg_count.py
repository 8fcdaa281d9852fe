# TypeError: len() takes exactly one argument (2 given)
print(len([1, 2]))
print(len([1], [2]))
