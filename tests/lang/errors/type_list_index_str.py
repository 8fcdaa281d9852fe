# TypeError: list indices must be integers or slices, not str
lst = ["a", "b"]
print(lst[1])
print(lst["1"])
