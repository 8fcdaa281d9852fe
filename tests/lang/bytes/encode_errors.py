# UnicodeEncodeError messages and attributes
def t(f):
    try:
        print(repr(f()))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
        print(' ', e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 'é'.encode('ascii'))
t(lambda: 'aéé b'.encode('ascii'))
t(lambda: '€'.encode('latin-1'))
t(lambda: '\U0001f600'.encode('ascii'))
t(lambda: 'a\ud800\udc00b'.encode())
t(lambda: '\ud800'.encode('utf-8'))
t(lambda: 'é'.encode('ascii', 'surrogateescape'))
t(lambda: 'a'.encode('zz'))
t(lambda: 'é'.encode('ascii', 'zz'))
t(lambda: 'a'.encode(1))
t(lambda: 'a'.encode('utf-8', 'strict', 3))
t(lambda: 'a'.encode(x=1))
e = UnicodeEncodeError('ascii', 'abc', 0, 2, 'no')
print(e, e.args)
