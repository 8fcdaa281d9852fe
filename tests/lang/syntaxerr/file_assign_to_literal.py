# The whole file is rejected: assignment to a literal.
# Nothing is printed.
print("never printed")
x = 1
1 = x
