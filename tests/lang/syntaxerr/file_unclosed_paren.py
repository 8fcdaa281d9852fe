# The whole file is rejected: '(' never closed at end of file.
# Nothing is printed.
print("never printed")
values = [1, 2, 3]
total = sum(values
