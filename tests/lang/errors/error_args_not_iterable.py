# TypeError: argument after * must be an iterable, not int
def f(*a):
    return a
print(f(*[1, 2]))
f(*5)
