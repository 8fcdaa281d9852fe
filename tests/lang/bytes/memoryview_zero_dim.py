# Zero-dimensional views: cast with shape=[].
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b'a')
z = memoryview(b).cast('B', shape=[])
print(z.ndim, z.shape, z.strides, z.nbytes, z.itemsize, len(z))
print(z[()], z.tolist(), z.tobytes(), z.hex())
print(z[...] is z)
t(lambda: z[0])
t(lambda: z[0:1])
t(lambda: list(z))
t(lambda: z['a'])
z[()] = 66
print(b)
z[...] = 67
print(b)
t(lambda: z.__setitem__(0, 1))
c = memoryview(b).cast('c', shape=[])
print(c[()], c.tolist())
q = memoryview(bytes(8)).cast('d', shape=[])
print(q.tolist(), q.shape, q.c_contiguous)
t(lambda: memoryview(bytes(4)).cast('B', shape=[]))
print(z.cast('B').shape)
