b = bytearray(8)
m = memoryview(b).cast('I')
m[1] = 0xdeadbeef
print(b.hex(), m.tolist(), m.format, m.itemsize, m.nbytes, len(m), m.strides)
print(memoryview(b'\x01\x00\x02\x00').cast('H').tolist(), memoryview(b'abcd').cast('c').tolist())
print(memoryview(b'\xff\xff\xff\xff').cast('i').tolist(), memoryview(bytes(8)).cast('d').tolist())
print(memoryview(bytes(range(8))).cast('q')[0] == int.from_bytes(bytes(range(8)), 'little'))
h = memoryview(bytearray(4)).cast('h')
h[0] = -2
print(h.tolist(), h.cast('B').tolist(), h.tobytes())
print(memoryview(b'\x01\x00\x00\x00').cast('@I') == memoryview(b'\x01').cast('B'))
