# memoryviews as the source of bytearray slice assignment and extend.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

strided = memoryview(b'abcdef')[::2]
shaped = memoryview(b'abcdef').cast('B', shape=[2, 3])
released = memoryview(b'xyz')
released.release()
def s(key, v):
    ba = bytearray(b'012345')
    ba[key] = v
    return ba
def ext(v):
    ba = bytearray(b'01')
    ba.extend(v)
    return ba
t(lambda: s(slice(0, 3), strided))
t(lambda: s(slice(None, None, 2), strided))
t(lambda: s(slice(None, None, -2), strided))
t(lambda: s(slice(0, 6), shaped))
t(lambda: s(slice(0, 2), memoryview(b'abcd').cast('h')))
t(lambda: s(slice(0, 3), released))
t(lambda: s(slice(None, None, 2), released))
t(lambda: ext(strided))
t(lambda: ext(shaped))
t(lambda: ext(memoryview(b'ab').cast('c')))
t(lambda: ext(released))
t(lambda: bytearray(strided))
t(lambda: bytearray(released))
