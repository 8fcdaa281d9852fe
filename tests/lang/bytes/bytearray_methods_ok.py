# bytearray mutation methods: results, index normalization and in-place operators.
ba = bytearray(b'hello')
ba.append(33)
ba.insert(0, 62)
ba.insert(100, 60)
ba.insert(-100, 91)
ba.insert(-1, 95)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(108)
print(ba)
ba.extend(b' w')
ba.extend([111, 114])
ba.extend(bytearray(b'ld'))
ba.extend(memoryview(b'?!')[::-1])
ba.extend(x for x in b'..')
ba.extend(range(49, 51))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
x = bytearray(b'ab')
y = x
x += b'cd'
x *= 2
print(x, y is x)
x *= 0
print(x, y)
x += memoryview(b'zz')
x.extend(bytearray())
print(x, bytearray(b'ab') * 3, 2 * bytearray(b'ab'), bytearray(b'x') * -1)
z = bytearray(b'0123456789')
z[1:3] = b''
z[::3] = b'ABC'
z[-1] = 90
z[0:0] = b'<<'
print(z)
del z[::2]
print(z)
