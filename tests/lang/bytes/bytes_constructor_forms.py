# bytes() and bytearray() constructor forms.
class WithBytes:
    def __bytes__(self):
        return b'from dunder'

class WithIndex:
    def __index__(self):
        return 3

class Sub(bytes):
    pass

for cls in (bytes, bytearray):
    print(cls(), cls(3), cls(WithIndex()), cls(b'ab'), cls(bytearray(b'cd')), cls(memoryview(b'ef')))
    print(cls([1, 2, 255]), cls((65, 66)), cls(range(97, 100)), cls(iter([67, 68])), cls(x for x in [69]))
    print(cls('abc', 'ascii'), cls('caf\xe9', 'utf-8'), cls('caf\xe9', encoding='latin-1'), cls('\xe9', 'ascii', 'ignore'))
    print(cls(source=b'kw'), cls(''), cls(0), cls(True), cls([True, False]))
    print(cls(memoryview(b'abcdef').cast('h')[::2]), cls(memoryview(b'abcd').cast('B', shape=[2, 2])))
print(bytes(WithBytes()), bytearray(b'x' * 3), Sub(b'sub'), type(Sub(b'q')).__name__, bytes(Sub(b'q')))
print(type(bytes(Sub(b'q'))).__name__, bytes([]) == b'', bytearray([]) == bytearray())
