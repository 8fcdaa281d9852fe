# translate with a table and delete=, and maketrans.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], bytearray.maketrans(b'a', b'b')[97:99])
print(b'aabbcc'.translate(table), bytearray(b'cab').translate(table))
print(b'hello world'.translate(None, b'lo'), b'hello'.translate(table, b'h'))
print(b'abc'.translate(None), bytearray(b'abc').translate(None, delete=b'b'))
print(b'abc'.translate(bytearray(table)), b'abc'.translate(memoryview(table)))
t(lambda: b'abc'.translate(b'short'))
t(lambda: b'abc'.translate('x' * 256))
t(lambda: b'abc'.translate(None, 'a'))
t(lambda: b'abc'.translate(None, None))
t(lambda: bytes.maketrans(b'ab', b'x'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: bytes.maketrans(b'a'))
t(lambda: b'abc'.translate())
t(lambda: b'abc'.translate(table, b'a', b'b'))
t(lambda: b'abc'.translate(table=table))
