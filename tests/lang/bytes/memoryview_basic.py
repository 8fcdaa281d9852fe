# memoryview over bytes and bytearray
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes())
print(m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.contiguous, m.c_contiguous)
print(m[::2].shape, m[::2].strides, m[::2].contiguous, m[::2].nbytes, m.obj, m[2:].obj is m.obj)
print(m == b'abcdef', m == bytearray(b'abcdef'), m == memoryview(b'abcdef'), m == 'abcdef', m != b'x', m[::2] == b'ace')
print(hash(m) == hash(b'abcdef'), list(m[:3]), bytes(m[1:3]), b'-' + m[:2], 99 in m, b'c' in m)
ba = bytearray(b'hello')
w = memoryview(ba)
w[0] = 72
w[1:3] = b'EL'
w[-1] = ord('!')
print(ba, w.readonly, w.toreadonly().readonly, w.tobytes())
w[::2] = b'123'
print(ba)
with memoryview(b'ctx') as c:
    print(c.tobytes())
print(repr(c).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
s = memoryview(b'\xff\x01\x80')
print(s.cast('b').tolist(), s.cast('c').tolist(), s.cast('B').format, s.cast('@b')[0])
r = memoryview(b'xy')
r.release()
r.release()
print(type(memoryview(r if False else b'')).__name__, memoryview(memoryview(b'nested')).tobytes())
print(memoryview(b'abc')[...].tobytes(), memoryview(b'q').tobytes(order='C'))
print(type(iter(memoryview(b'a'))).__name__, list(memoryview(b'\xff').cast('b')), [x for x in memoryview(b'xy').cast('c')])
