# constructor errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytes(-1))
t(lambda: bytearray(-5))
t(lambda: bytes([256]))
t(lambda: bytearray([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(['a']))
t(lambda: bytes('abc'))
t(lambda: bytearray('abc'))
t(lambda: bytes(1.5))
t(lambda: bytearray(1.5))
t(lambda: bytes(None))
t(lambda: bytes(b'a', 'utf-8'))
t(lambda: bytes(1, 'utf-8'))
t(lambda: bytes(encoding='utf-8'))
t(lambda: bytes('a', errors='strict'))
t(lambda: bytes('é', 'ascii'))
t(lambda: bytes('a', 'no-such-codec'))
t(lambda: bytes('a', 1))
t(lambda: bytes(1, 2, 3, 4))
t(lambda: bytes(x=1))

class Bad:
    def __bytes__(self):
        return 'nope'

t(lambda: bytes(Bad()))
