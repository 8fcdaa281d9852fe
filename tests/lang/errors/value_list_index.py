# ValueError: 5 is not in list
lst = [1, 2, 3]
print(lst.index(3))
print(lst.index(5))
