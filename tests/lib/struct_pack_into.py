# pack_into / unpack_from with offsets (negative too) and their errors.
import struct
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 1, -1)
print(buf, struct.unpack_from("<hh", buf, 2), struct.unpack_from("<h", buf, offset=-6))
struct.pack_into(">I", buf, -4, 0xdeadbeef)
print(buf.hex(), struct.unpack_from(">I", bytes(buf), 6))
mv = memoryview(buf)
struct.pack_into("B", mv, 0, 255)
print(buf[:1])
for call in [lambda: struct.pack_into("i", bytearray(5), 2, 1), lambda: struct.pack_into("i", bytes(8), 0, 1),
             lambda: struct.pack_into("i", bytearray(8), -20, 1), lambda: struct.pack_into("i", bytearray(8), -2, 1),
             lambda: struct.unpack_from("i", b"ab", 0), lambda: struct.unpack_from("i", b"abcd", 5),
             lambda: struct.unpack_from("i", b"abcd", -9), lambda: struct.pack_into("i", bytearray(8), 0),
             lambda: struct.Struct("i").pack_into(bytearray(4))]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
