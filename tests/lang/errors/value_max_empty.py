# ValueError: max() arg is an empty sequence
print(max([3, 9]))
print(max([]))
