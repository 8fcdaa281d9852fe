# hex() with separators and fromhex()
print(b'\x00\xffabc'.hex(), bytearray(b'\x01\x02').hex(), b''.hex(), memoryview(b'\xab\xcd').hex())
print(b'abc'.hex(':'), b'abc'.hex(':', 2), b'abcde'.hex(':', -2), b'abcde'.hex(b'-', 2), b'abcdef'.hex(' ', 3), b'ab'.hex(sep='_', bytes_per_sep=1))
print(b'abcdef'.hex(':', 10), b'a'.hex(':', 2), memoryview(b'xyz').hex('.', -1))
print(bytes.fromhex('de ad  be ef'), bytes.fromhex(''), bytes.fromhex(' 0a '), bytes.fromhex('ABcd'), bytearray.fromhex('0102'))
print(bytes.fromhex('\t01\n02'), type(bytearray.fromhex('ff')))

class B(bytes):
    pass

print(type(B.fromhex('41')).__name__, B.fromhex('41'))
