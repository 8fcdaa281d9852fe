# Ordering and equality between bytes, bytearray and memoryview, without hashing.
pairs = [(b'abc', b'abd'), (b'ab', b'abc'), (b'', b''), (b'b', b'abc'), (b'\xff', b'\x00')]
for a, b in pairs:
    for x, y in [(a, b), (bytearray(a), b), (a, bytearray(b)), (bytearray(a), bytearray(b))]:
        print(x < y, x <= y, x == y, x != y, x > y, x >= y, end=' | ')
    print()
print(b'abc' == memoryview(b'abc'), bytearray(b'abc') == memoryview(b'abc'))
print(b'a' == 'a', b'a' != 'a', bytearray(b'a') == 'a', b'a' == 97, b'' == bytearray())
print(sorted([b'b', bytearray(b'a'), b'c']), max(b'ab', bytearray(b'b')), min([b'\x01', b'\x00\xff']))
