# obj, readonly and the contiguity flags of views and their slices.
b = bytes(range(8))
ba = bytearray(range(8))
for src in (b, ba):
    m = memoryview(src)
    print(type(m.obj).__name__, m.obj is src, m.readonly, m.format, m.itemsize, m.ndim)
    print(m.shape, m.strides, m.suboffsets, m.nbytes)
    print(m.contiguous, m.c_contiguous, m.f_contiguous)
    s = m[::2]
    print(s.shape, s.strides, s.nbytes, s.contiguous, s.c_contiguous, s.f_contiguous)
    r = m[::-1]
    print(r.strides, r.contiguous, r.tolist()[:3])
    e = m[3:3]
    print(e.shape, e.contiguous, e.tolist())
    c = m.cast('h')
    print(c.obj is src, c.readonly, c.format, c[1:].strides, c[::2].strides)
    print(m.toreadonly().readonly, memoryview(m).readonly, memoryview(m).obj is src)
print(type(memoryview(b)).__name__, memoryview.__name__)
print(memoryview(b'ab').cast('@c').format, memoryview(b'ab').cast('@B').cast('B').format)
