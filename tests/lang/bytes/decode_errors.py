# UnicodeDecodeError messages and attributes
def t(f):
    try:
        print(repr(f()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
        print(' ', e.encoding, e.object, e.start, e.end, e.reason, e.args)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'a\xff'.decode())
t(lambda: b'a\xe9\x80'.decode())
t(lambda: b'\xf0\x9f'.decode())
t(lambda: b'\xe9A'.decode())
t(lambda: b'\xed\xa0\x80'.decode())
t(lambda: b'\x80'.decode('utf-8'))
t(lambda: b'\xe9'.decode('ascii'))
t(lambda: b'\xe9\xe9'.decode('ascii'))
t(lambda: b'\xff'.decode('zz'))
t(lambda: b'\xff'.decode('utf-8', 'zz'))
t(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
t(lambda: b'abc'.decode(1))
t(lambda: b'abc'.decode('utf-8', errors=2))
t(lambda: b'abc'.decode(1, 2, 3))
t(lambda: str(b'\xff', 'ascii'))
e = UnicodeDecodeError('utf-8', b'xyz', 1, 3, 'custom reason')
print(e, repr(e), e.start, e.end)
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
