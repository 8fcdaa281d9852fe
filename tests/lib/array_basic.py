import array
a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], list(a))
print(2 in a, 5 in a, a.typecode, a.itemsize)
print(array.array('i'), array.array('d', [1.5, -2.0]))
print(array.typecodes, array.ArrayType is array.array)
print(type(iter(a)).__name__, list(reversed(a)), sorted(array.array('d', [3, 1, 2])))
