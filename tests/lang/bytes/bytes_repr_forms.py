# repr/str of bytes and bytearray: quote choice and escapes.
samples = [b'', b"'", b'"', b'\'"', b'\\', b'\t\n\r\x0b\x0c', b'\x00\x7f\x80\xff', b'abc', bytes(range(30, 40))]
for s in samples:
    print(repr(s), str(s), repr(bytearray(s)), ascii(s))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(repr(B(b'x')), repr(BA(b'x')), str(BA(b"'")), f'{b"q"!r:>8}|{b"q"}')
print('%s %r' % (b'a', bytearray(b'b')), format(b'x'), format(bytearray(b'y'), ''))
