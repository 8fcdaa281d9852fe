# Equality between views of different formats compares unpacked items.
x = memoryview(b'\x01\x00\x02\x00')
print(x.cast('h') == x)
print(x.cast('h') == [1, 2])
print(x.cast('h') == x.cast('H'))
print(x.cast('h') == memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('i'))
print(x.cast('h') == memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('q')[:2])
print(x.cast('B') == x.cast('b'))
print(memoryview(b'\xff').cast('B') == memoryview(b'\xff').cast('b'))
print(x.cast('B') == b'\x01\x00\x02\x00')
print(x.cast('c') == b'\x01\x00\x02\x00')
print(x.cast('c') == x.cast('c'))
print(x.cast('B', shape=[2, 2]) == x)
print(x.cast('B', shape=[2, 2]) == x.cast('B', shape=[2, 2]))
print(x.cast('B', shape=[2, 2]) == x.cast('B', shape=[4, 1]))
print(x.cast('B', shape=[2, 2]) != x.cast('c', shape=[2, 2]))
print(x == bytearray(b'\x01\x00\x02\x00'), bytearray(b'\x01\x00\x02\x00') == x)
print(b'\x01\x00\x02\x00' == x, x != b'\x01\x00')
d = memoryview(bytearray(16)).cast('d')
d[0] = float('nan')
d[1] = -0.0
e = memoryview(bytearray(16)).cast('d')
e[0] = float('nan')
print(d == d, d[1:] == e[1:], d == e)
f = memoryview(bytearray(8)).cast('f')
f[0] = 1.5
f[1] = 2.0
print(f == memoryview(bytearray(16)).cast('d') , f.tolist())
g = memoryview(bytearray(16)).cast('d')
g[0] = 1.5
g[1] = 2.0
print(f == g)
bo = memoryview(b'\x00\x02').cast('?')
print(bo.tolist(), bo == memoryview(b'\x00\x01').cast('?'), bo == [False, True])
