# IndexError with a negative index beyond the start
items = ["a", "b"]
print(items[-2])
print(items[-3])
