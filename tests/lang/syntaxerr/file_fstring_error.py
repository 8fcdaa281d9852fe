# The whole file is rejected: f-string with a single '}'.
# Nothing is printed.
x = 1
print("never printed")
print(f"value: {x}}")
