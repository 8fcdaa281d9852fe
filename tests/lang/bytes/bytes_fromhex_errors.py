# bytes.fromhex / bytearray.fromhex: accepted whitespace and the errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for cls in (bytes, bytearray):
    t(lambda: cls.fromhex('  01 0a\tff\n  '))
    t(lambda: cls.fromhex(''))
    t(lambda: cls.fromhex('0'))
    t(lambda: cls.fromhex('0g'))
    t(lambda: cls.fromhex('01 2'))
    t(lambda: cls.fromhex('01 2 3'))
    t(lambda: cls.fromhex('0 1'))
    t(lambda: cls.fromhex('\xe9\xe9'))
    t(lambda: cls.fromhex(b'01'))
    t(lambda: cls.fromhex(1))
    t(lambda: cls.fromhex())
    t(lambda: cls.fromhex('01', '02'))
    t(lambda: cls.fromhex('\x1c01'))
    t(lambda: cls.fromhex('01\x0b02\x0c03\r'))
class B(bytes):
    pass
print(type(B.fromhex('41')).__name__, B.fromhex('41'))
