import array
a = array.array('i', [1, 2])
print(a + a, a * 2, 2 * a, a * 0, a * -1)
b = a
b += array.array('i', [3]); print(a, b is a)
b *= 2; print(a)
print(a == array.array('i', a), a != a, a < a + a, array.array('i', [1, 3]) > array.array('i', [1, 2, 9]))
print(array.array('b', [1]) == array.array('d', [1.0]), array.array('u', 'ab') < array.array('u', 'b'))
print(array.array('u', 'x') * 3)
