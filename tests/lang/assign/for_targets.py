# Unpacking and complex targets in for loops
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for i, (x, y) in enumerate([(5, 6), (7, 8)]):
    print(i, x, y)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
lst = [0, 0, 0]
for lst[0] in range(3):
    pass
print(lst)
d = {}
for k, d[k] in [('a', 1), ('b', 2)]:
    pass
print(d)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
for x in []:
    print("never")
print(x)
