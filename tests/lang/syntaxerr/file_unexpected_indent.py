# The whole file is rejected with IndentationError: unexpected indent.
# Nothing is printed.
print("never printed")
x = 1
    y = 2
