# Reading items and slices of cast views, negative indexes and steps.
m = memoryview(bytes(range(16)))
for f in ['h', 'H', 'i', 'I', 'q', 'Q', 'b', 'c']:
    v = m.cast(f)
    n = len(v)
    print(f, v[0], v[-1], v[n // 2], v[1:3].tolist(), v[::-1].tolist()[:2], v[::2].shape, v[-2:].strides)
neg = memoryview(bytes([0xff] * 16))
for f in ['b', 'h', 'i', 'q', 'B', 'H', 'I', 'Q']:
    print(f, neg.cast(f)[0])
d = memoryview(bytearray(16)).cast('f')
d[0], d[1], d[2], d[3] = 0.5, -0.1, float('inf'), 3
print(d.tolist(), d[1:3].tolist(), d[::-3].tolist())
