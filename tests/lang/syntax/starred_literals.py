# Starred expressions inside tuple/list/set/dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, 0))
print(*a, *b)
print(sorted({*a, *b, 1}))
print({**{"x": 1}, "y": 2, **{"x": 3}})
t = *a, *b
print(t)
print([*range(3), *"ab"])
print(len({*()}))
