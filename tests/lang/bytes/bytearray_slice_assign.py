# bytearray slice assignment
b = bytearray(b'abcdef')
b[1:3] = b'XYZ'
print(b)
b[0:0] = b'<'
print(b)
b[len(b):] = bytearray(b'>')
print(b)
b[2:5] = b''
print(b)
b[1:3] = [1, 2, 3]
print(b)
b[::2] = b'.' * len(b[::2])
print(b)
b[:] = b
print(b)
b[:] = memoryview(b'mv')
print(b)
c = bytearray(b'0123456789')
c[7:2:-2] = b'abc'
print(c)
c[5:2] = b'ins'
print(c)
c[1:4] = range(65, 68)
print(c)
c[-2:] = (x for x in b'ZZ')
print(c)
d = bytearray(b'abc')
d[1:2] = d
print(d)
