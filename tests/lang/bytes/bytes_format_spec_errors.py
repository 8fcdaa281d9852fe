# format() of bytes with a non-empty spec and str() with bad arguments.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: format(b'x', '10'))
t(lambda: format(bytearray(b'x'), 's'))
t(lambda: f'{b"x":>5}')
t(lambda: str(b'abc', 'ascii'))
t(lambda: str(b'\xff', 'ascii'))
t(lambda: str(b'\xff', 'ascii', 'replace'))
t(lambda: str(bytearray(b'ab'), encoding='utf-8'))
t(lambda: str(memoryview(b'ab'), 'utf-8'))
t(lambda: str(b'ab', 5))
t(lambda: str('ab', 'utf-8'))
t(lambda: str(5, 'utf-8'))
