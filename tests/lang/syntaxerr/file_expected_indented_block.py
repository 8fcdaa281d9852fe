# The whole file is rejected with IndentationError: expected an indented block.
# Nothing is printed.
print("never printed")
for i in range(3):
print(i)
