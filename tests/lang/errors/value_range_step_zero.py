# ValueError: range() arg 3 must not be zero
print(list(range(0, 10, 5)))
print(list(range(0, 10, 0)))
