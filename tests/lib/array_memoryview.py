import array, struct
a = array.array('i', [1, -2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m[1], m[-1], m.shape, m.strides, m.readonly, m.contiguous)
m[0] = 100
print(a, list(m), m[::2].tolist(), m[::-1].tolist(), bytes(m[1:]) == array.array('i', [-2, 3]).tobytes())
print(m == a, m == array.array('i', [100, -2, 3]), m == array.array('d', [100, -2, 3]), m == [100, -2, 3])
d = array.array('d', [1.5, 2.5]); md = memoryview(d)
print(md.format, md.tolist(), md.cast('B').nbytes, md.cast('B').cast('d').tolist())
md[1] = 7; print(d)
q = array.array('Q', [2**64 - 1]); mq = memoryview(q); print(mq[0]); mq[0] = 2**63; print(q)
print(memoryview(array.array('b', [-1, 2])).tolist(), memoryview(array.array('h', [-300])).tolist())
x = array.array('i', [1, 2, 3, 4]); mx = memoryview(x); mx[1:3] = array.array('i', [9, 8]); print(x)
with memoryview(array.array('B', [1, 2])) as mm:
    print(mm.tolist(), mm.tobytes(), mm.hex())
print(struct.unpack_from('i', a, 4))
