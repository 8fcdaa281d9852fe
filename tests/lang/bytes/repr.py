# reprs and str() of bytes and bytearray
for v in (b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x7f\x80\xff', b'\t\n\r\\', b'\x0b\x0c'):
    print(repr(v), str(v), repr(bytearray(v)))
print(bytearray(b"a'b"), bytearray(b'a"b'))

class B(bytes):
    pass

class BA(bytearray):
    pass

print(repr(B(b'sub')), repr(BA(b'sub')), [b'in', bytearray(b'list')])
print('%s|%r' % (b'x', b'y'), f'{b"f"}', format(b'fmt'))
