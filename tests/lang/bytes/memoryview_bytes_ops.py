# bytes and bytearray operations that take memoryviews of any format.
m = memoryview(b'\x01\x00\x02\x00\x03\x00')
h = m.cast('h')
print(bytes(h), bytearray(h), b'x' + h, bytearray(b'y') + h)
print(b'|'.join([h, m[:2]]), bytes(h[::2]), b'\x02\x00' in b'\x01\x00\x02\x00')
print(h.tobytes().find(b'\x02'), b'\x01\x00\x02\x00\x03\x00'.startswith(h[:1]))
print(h == b'\x01\x00\x02\x00\x03\x00', h.tobytes() == bytes(m))
print(int.from_bytes(h[1:2], 'little'), h[1:2].tobytes())
ba = bytearray(6)
ba[0:6] = h
print(ba)
ba[::2] = m[::2]
print(ba)
ba += h
print(ba, len(ba))
print(bytes(memoryview(b'abc')[::-1]), bytes(memoryview(b'abcdef').cast('B', shape=[2, 3])))
print(str(memoryview(b'abc').cast('c')[1:], 'ascii') if False else bytes(memoryview(b'abc').cast('c')[1:]).decode())
print(b'abc'.decode() == str(memoryview(b'abc'), 'ascii'))
