# Slice assignment between views: formats and shapes must match exactly.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(8)
m = memoryview(b)
h = m.cast('h')
def s(view, k, v):
    view[k] = v
    return bytes(b)

t(lambda: s(h, slice(0, 2), memoryview(b'abcd').cast('h')))
t(lambda: s(h, slice(None, None, 2), memoryview(b'WXYZ').cast('h')))
t(lambda: s(h, slice(0, 2), b'abcd'))
t(lambda: s(h, slice(0, 2), memoryview(b'abcdef').cast('h')))
t(lambda: s(h, slice(0, 2), memoryview(b'abcd').cast('H')))
t(lambda: s(h, slice(0, 1), memoryview(b'abcd').cast('h', shape=[1, 2])))
t(lambda: s(h, slice(0, 2), [1, 2]))
t(lambda: s(h, slice(0, 2), 'ab'))
t(lambda: s(m, slice(0, 3), b'xyz'))
t(lambda: s(m, slice(0, 3), bytearray(b'XYZ')))
t(lambda: s(m, slice(0, 3), memoryview(b'xyz').cast('c')))
t(lambda: s(m.cast('c'), slice(0, 3), memoryview(b'xyz').cast('c')))
t(lambda: s(m, slice(0, 3), b'xy'))
t(lambda: s(m, slice(0, 0), b''))
# overlapping source and destination
t(lambda: s(m, slice(1, 8), m[0:7]))
t(lambda: s(m, slice(None, None, -1), m))
t(lambda: s(h, slice(0, 4), h[::-1]))
