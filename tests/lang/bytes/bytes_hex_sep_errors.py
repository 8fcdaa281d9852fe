# Errors of hex(sep, bytes_per_sep).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for obj in (b'abc', bytearray(b'abc'), memoryview(b'abc')):
    t(lambda: obj.hex('::'))
    t(lambda: obj.hex(''))
    t(lambda: obj.hex('\xe9'))
    t(lambda: obj.hex(1))
    t(lambda: obj.hex(':', '2'))
    t(lambda: obj.hex(':', 2**70))
    t(lambda: obj.hex(':', 1, 2))
    t(lambda: obj.hex(sepp=':'))
