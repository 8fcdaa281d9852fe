# The whole file is rejected: mismatched brackets across lines.
# Nothing is printed.
print("never printed")
data = [1,
        2,
        3)
