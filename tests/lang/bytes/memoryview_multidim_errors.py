# Indexing a multi-dimensional view: what CPython 3.11 does not implement and the errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(bytearray(range(24))).cast('B', shape=[2, 12])
t(lambda: m[0])
t(lambda: m[1, 3])
t(lambda: m[1, 30])
t(lambda: m[2, 0])
t(lambda: m[0, -13])
t(lambda: m[1, 2, 3])
t(lambda: m[(0,)])
t(lambda: m[()])
t(lambda: m[0:1, 0:1])
t(lambda: m[0, 'a'])
t(lambda: m[0, 1.0])
t(lambda: m[...])
t(lambda: m[1.0])
t(lambda: m['x'])
t(lambda: list(m))
t(lambda: iter(m))
t(lambda: m[0:1].tolist()[0][:3])
t(lambda: m[::-1].tolist()[0][:3])
def s(k, v):
    m[k] = v
    return m.tolist()[0][:3]
t(lambda: s((0, 1), 77))
t(lambda: s((0, 1), 300))
t(lambda: s(0, 77))
t(lambda: s((0,), 77))
t(lambda: s(slice(0, 1), b'x' * 12))
t(lambda: s((slice(0, 1), slice(0, 1)), b'x'))
t(lambda: s((0, 99), 1))
