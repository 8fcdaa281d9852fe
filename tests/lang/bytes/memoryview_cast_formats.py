# memoryview.cast to each native format: itemsize, format and item values.
data = bytes(range(1, 17))
m = memoryview(data)
for f in ['B', 'b', 'c', 'h', 'H', 'i', 'I', 'q', 'Q', 'f', 'd', '?']:
    v = m.cast(f)
    print(f, v.format, v.itemsize, v.ndim, v.shape, v.strides, v.nbytes, len(v))
    print('  ', v.tolist()[:4])
for f in ['@B', '@h', '@i', '@q', '@d']:
    v = m.cast(f)
    print(f, v.format, v.itemsize, v.tolist()[:2])
# Platform-sized formats: sizes differ between hosts, so only check consistency.
for f in ['l', 'L', 'n', 'N', 'P']:
    v = m.cast(f)
    print(f, v.format, v.itemsize in (4, 8), v.itemsize * len(v) == 16)
