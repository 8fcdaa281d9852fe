# The whole file is rejected: an invalid character in the source.
# Nothing is printed.
print("never printed")
base = 3
price = 5 € 2
