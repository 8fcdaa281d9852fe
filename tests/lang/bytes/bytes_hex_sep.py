# bytes.hex / bytearray.hex / memoryview.hex with sep and bytes_per_sep.
data = bytes(range(0xf0, 0xf8)) + b'\x01\x02\x03'
for args in [(), (':',), ('-', 1), (' ', 2), (' ', -2), ('_', 3), ('_', -3), (b'.', 4), ('|', 100), ('|', -100),
             (':', 0)]:
    print(args, data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
print(b''.hex(':'), b'\x00'.hex(':', 5), data.hex(sep='/', bytes_per_sep=2))
print(bytes.hex(b'ab'), bytearray(b'\xff').hex())
