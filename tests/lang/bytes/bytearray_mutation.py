# bytearray mutation methods
b = bytearray(b'abc')
b.append(100)
b.append(True)
b.extend(b'ef')
b.extend([103, 104])
b.extend(x for x in (105,))
b.extend(memoryview(b'j'))
b.extend(bytearray(b'k'))
b.extend('')
print(b, len(b))
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('a'))
print(b)
b.reverse()
print(b)
c = b.copy()
c[0] = 0
print(b[0] != c[0], type(c))
b.clear()
print(b, len(b))
x = bytearray(b'12')
x[0] = 57
x[-1] = 0x30
print(x)
del x[0]
print(x)
y = bytearray(b'abcdef')
del y[1:3]
print(y)
del y[::2]
print(y)
z = bytearray(b'0123456789')
del z[::-3]
print(z, z.__alloc__() >= len(z))
big = bytearray()
for i in range(1000):
    big.append(i % 256)
print(len(big), big[999], sum(big))
