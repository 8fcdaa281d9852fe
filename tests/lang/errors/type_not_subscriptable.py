# TypeError: 'int' object is not subscriptable
data = [10, 20]
n = 5
print(data[0])
print(n[0])
