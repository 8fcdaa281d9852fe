# Indexing one-dimensional views: bounds, key types, read-only and deletion errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcd')
h = memoryview(bytearray(b'abcdefgh')).cast('h')
t(lambda: m[4])
t(lambda: m[-5])
t(lambda: m[2**70])
t(lambda: m[-2**70])
t(lambda: m['a'])
t(lambda: m[1.0])
t(lambda: m[None])
t(lambda: m[...])
t(lambda: m[()])
t(lambda: m[1, 2])
t(lambda: m[1,])
t(lambda: m[slice(0, 2), slice(0, 2)])
t(lambda: m[::0])
t(lambda: h[4])
t(lambda: h[-4])
def s(v, k, x):
    v[k] = x
t(lambda: s(m, 0, 1))
t(lambda: s(m, slice(0, 1), b'x'))
t(lambda: m.__delitem__(0))
t(lambda: h.__delitem__(0))
t(lambda: h.__delitem__(slice(0, 1)))
t(lambda: s(h, 4, 1))
t(lambda: s(h, 'a', 1))
t(lambda: s(h, ..., 1))
t(lambda: s(h, (0,), 5))
t(lambda: s(h, (0, 1), 5))
t(lambda: s(h, slice(0, 4, 0), b''))
print(h.tolist())
