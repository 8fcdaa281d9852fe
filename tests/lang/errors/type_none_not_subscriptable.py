# TypeError: 'NoneType' object is not subscriptable
lst = [3, 1, 2]
result = lst.sort()
print(lst)
print(result[0])
