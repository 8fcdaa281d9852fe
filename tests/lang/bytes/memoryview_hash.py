# hash() of memoryviews: read-only byte formats hash like their bytes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = b'\x01\x00\x02\x00'
x = memoryview(data)
t(lambda: hash(x) == hash(data))
t(lambda: hash(x.cast('c')) == hash(data))
t(lambda: hash(x.cast('b')) == hash(data))
t(lambda: hash(x.cast('B', shape=[2, 2])) == hash(data))
t(lambda: hash(x[::2]) == hash(b'\x01\x02'))
t(lambda: hash(x[::-1]) == hash(data[::-1]))
t(lambda: hash(x) == hash(x))
t(lambda: {x: 1}[memoryview(data)])
t(lambda: hash(x.cast('h')))
t(lambda: hash(x.cast('h')[::2]))
t(lambda: hash(x.cast('d' if False else 'i')))
t(lambda: hash(memoryview(bytearray(2))))
t(lambda: hash(memoryview(bytearray(4)).cast('h')))
t(lambda: hash(memoryview(bytearray(2)).toreadonly()))
r = memoryview(b'zz')
h1 = hash(r)
r.release()
t(lambda: hash(r) == h1)
r2 = memoryview(b'zz')
r2.release()
t(lambda: hash(r2))
