# memoryview() accepts only bytes-like objects.
def t(f):
    try:
        r = f()
        print(type(r).__name__, r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)

class B(bytes):
    pass

class BA(bytearray):
    pass

t(lambda: memoryview(b'ab'))
t(lambda: memoryview(bytearray(b'ab')))
t(lambda: memoryview(B(b'xy')))
t(lambda: memoryview(BA(b'xy')).obj)
t(lambda: memoryview(memoryview(b'ab').cast('c')))
t(lambda: memoryview(object=b'ab'))
t(lambda: memoryview('abc'))
t(lambda: memoryview(5))
t(lambda: memoryview([1, 2]))
t(lambda: memoryview(None))
t(lambda: memoryview())
t(lambda: memoryview(b'a', b'b'))
t(lambda: memoryview(obj=b'a'))
t(lambda: memoryview(b'a').cast('B', 'x'))
t(lambda: memoryview(b'ab').cast('h', shape=[1]).cast('B', shape=[2]))
t(lambda: memoryview(b'ab').cast(format='c', shape=(2,)))
t(lambda: memoryview(b'ab').cast(fmt='c'))
t(lambda: memoryview.cast(b'ab', 'B'))
