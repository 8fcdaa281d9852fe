# hex() and fromhex() errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: bytes.fromhex('zz'))
t(lambda: bytes.fromhex('a'))
t(lambda: bytes.fromhex('0g'))
t(lambda: bytes.fromhex('0 a'))
t(lambda: bytes.fromhex(1))
t(lambda: bytes.fromhex(b'00'))
t(lambda: bytearray.fromhex('1'))
t(lambda: b'abc'.hex(''))
t(lambda: b'abc'.hex('ab'))
t(lambda: b'abc'.hex(1))
t(lambda: b'abc'.hex('é'))
t(lambda: b'abc'.hex(':', 'x'))
t(lambda: b'abc'.hex(1, 2, 3))
