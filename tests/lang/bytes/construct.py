# bytes() and bytearray() from every kind of source
print(bytes(), bytearray())
print(bytes(3), bytearray(2))
print(bytes([65, 66, 0, 255]), bytearray([1, 2, 3]))
print(bytes(range(5)), bytearray(x for x in (104, 105)))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytearray('é', 'latin-1'))
print(bytes(b'copy'), bytes(bytearray(b'ba')), bytearray(b'xyz'), bytearray(memoryview(b'mv')))
print(bytes(memoryview(b'abcdef')[::2]))
print(bytes(True), bytes((1,)), bytes.fromhex('41 42'))

class HasBytes:
    def __bytes__(self):
        return b'from __bytes__'

print(bytes(HasBytes()))

class Idx:
    def __index__(self):
        return 4

print(bytes(Idx()), bytes([Idx()]))
print(type(bytes()), type(bytearray()), bytes is type(b''))
print(bytes('x', 'utf8', 'strict'), bytes(source=b'kw'))
print(len(bytes(1000)), bytes(1000).count(0))
