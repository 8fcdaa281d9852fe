# Errors of the bytes() and bytearray() constructors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class BadBytes:
    def __bytes__(self):
        return 'not bytes'

class BadIndex:
    def __index__(self):
        return 'x'

for cls in (bytes, bytearray):
    t(lambda: cls(-1))
    t(lambda: cls('abc'))
    t(lambda: cls('abc', 'nosuch'))
    t(lambda: cls(b'abc', 'ascii'))
    t(lambda: cls(5, 'ascii'))
    t(lambda: cls(5, errors='strict'))
    t(lambda: cls([256]))
    t(lambda: cls([-1]))
    t(lambda: cls(['a']))
    t(lambda: cls([1.0]))
    t(lambda: cls(1.5))
    t(lambda: cls(None))
    t(lambda: cls(object()))
    t(lambda: cls('\xe9', 'ascii'))
    t(lambda: cls(2**100))
    t(lambda: cls(BadIndex()))
    t(lambda: cls(b'a', 'ascii', 'strict', 1))
    t(lambda: cls(x=1))
t(lambda: bytes(BadBytes()))
t(lambda: bytearray(BadBytes()))
