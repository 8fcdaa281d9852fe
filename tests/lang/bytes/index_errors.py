# index errors for bytes, bytearray and memoryview
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'abc'[3])
t(lambda: b'abc'[-4])
t(lambda: bytearray(b'abc')[5])
key_s, key_f = 'x', 1.0
t(lambda: b'abc'[key_s])
t(lambda: bytearray(b'abc')[key_f])
t(lambda: b'abc'[::0])
t(lambda: memoryview(b'abc')[3])
t(lambda: memoryview(b'abc')['a'])
t(lambda: b''[0])
t(lambda: b'abc'[10**30])
