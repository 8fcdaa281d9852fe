# The whole file is rejected: unterminated string literal.
# Nothing is printed.
print("never printed")
message = "hello
print(message)
