# TypeError for a lambda called with the wrong number of arguments
add = lambda a, b: a + b
print(add(1, 2))
print(add(1))
