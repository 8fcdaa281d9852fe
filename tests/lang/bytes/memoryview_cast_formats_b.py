b = bytes(range(16))
m = memoryview(b).cast('I')
print(m.itemsize, len(m), m.nbytes, m.format, m.tolist(), m[1], list(m)[:2], m[-1])
print(m.cast('B').tolist()[:5], m == memoryview(b).cast('I'), m[1:3].tolist(), m.tobytes() == b)
print(memoryview(b).cast('h').tolist()[:3], memoryview(b).cast('d').itemsize, memoryview(b).cast('q').shape)
print(memoryview(b"\x01\x00").cast('?').tolist(), memoryview(bytes(8)).cast('f').tolist())
for f in [lambda: memoryview(b[:3]).cast('I'), lambda: m.cast('H'), lambda: hash(m), lambda: memoryview(b).cast('x'),
          lambda: m[4]]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
