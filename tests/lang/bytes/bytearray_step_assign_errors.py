# Extended-slice assignment and deletion on bytearray, with the size errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def s(key, value):
    ba = bytearray(b'abcdefgh')
    ba[key] = value
    return ba

t(lambda: s(slice(None, None, 2), b'1234'))
t(lambda: s(slice(None, None, 2), b'12'))
t(lambda: s(slice(1, 7, 2), b'12'))
t(lambda: s(slice(None, None, -3), b'xyz'))
t(lambda: s(slice(None, None, -3), b'xy'))
t(lambda: s(slice(None, None, 2), [1, 2, 3, 4]))
t(lambda: s(slice(None, None, 2), [1, 2, 3, 256]))
t(lambda: s(slice(None, None, 2), range(4)))
t(lambda: s(slice(None, None, 2), bytearray(b'WXYZ')))
t(lambda: s(slice(None, None, 2), memoryview(b'WXYZ')))
t(lambda: s(slice(0, 0, 2), b''))
t(lambda: s(slice(None, None, 2), 4))
t(lambda: s(slice(None, None, 2), 'abcd'))
t(lambda: s(slice(None, None, 2), None))
t(lambda: s(slice(None, None, 0), b''))
t(lambda: s(slice(2, 4), b'LONGER'))
t(lambda: s(slice(2, 4), b''))
t(lambda: s(slice(2, 4), 3))
def d(key):
    ba = bytearray(b'abcdefgh')
    del ba[key]
    return ba
t(lambda: d(slice(None, None, 2)))
t(lambda: d(slice(None, None, -3)))
t(lambda: d(slice(1, 6, 2)))
t(lambda: d(slice(None, None, 100)))
t(lambda: d(slice(5, 1)))
t(lambda: d(-1))
t(lambda: d(8))
t(lambda: d('a'))
t(lambda: d(slice(None, None, 0)))
