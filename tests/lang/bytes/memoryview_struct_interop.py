# Cast views work with struct, bytes constructors and binary I/O.
import io
import struct

buf = bytearray(struct.pack('<4i', 10, -20, 30, -40))
m = memoryview(buf)
ints = m.cast('i')
print(ints.tolist(), len(ints))
ints[1] = 99
print(struct.unpack('<4i', buf))
print(struct.unpack_from('<i', m, 8))
struct.pack_into('<i', m, 12, 7)
print(ints[3])
print(bytes(ints[::2]), bytearray(ints[1:3]))
bio = io.BytesIO(b'\x01\x00\x02\x00\x03\x00')
target = bytearray(6)
print(bio.readinto(memoryview(target)), memoryview(target).cast('h').tolist())
d = memoryview(bytearray(struct.pack('<3d', 0.5, 1.5, 2.5))).cast('d', shape=[3, 1])
print(d.tolist(), d.shape)
print(struct.unpack('<3d', d))
