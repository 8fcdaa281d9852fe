# builtins that meet bytes: ord, sum, str, isinstance, len, hash
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ord(b'a'))
t(lambda: ord(bytearray(b'\xff')))
t(lambda: ord(b'ab'))
t(lambda: ord(b''))
t(lambda: sum([b'a'], b''))
t(lambda: sum([], bytearray()))
t(lambda: sum(b'\x01\x02\x03'))
t(lambda: str(b'caf\xc3\xa9', 'utf-8'))
t(lambda: str(b'abc'))
t(lambda: str(bytearray(b'\xe9'), 'latin-1'))
t(lambda: str(memoryview(b'mv'), 'ascii'))
t(lambda: str(b'\xff', 'utf-8'))
t(lambda: str(1, 'utf-8'))
t(lambda: isinstance(b'', bytes) and not isinstance(bytearray(), bytes))
t(lambda: [bytes.__name__, bytearray.__name__, memoryview.__name__])
t(lambda: issubclass(bytes, object) and bytes.__mro__ == (bytes, object))
t(lambda: sorted([b'b', b'a', b'ab']))
t(lambda: min(bytearray(b'zqa')))
