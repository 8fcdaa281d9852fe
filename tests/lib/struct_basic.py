# struct.pack / unpack round trips for every integer code in each byte order.
import struct
vals = (-2, 250, -3, 65535, -4, 7, -5, 9, -1, 2**64 - 1)
for order in "<>!=":
    fmt = order + "bBhHiIlLqQ"
    b = struct.pack(fmt, *vals)
    print(order, b.hex(), struct.unpack(fmt, b) == vals, struct.calcsize(fmt))
print(struct.pack(">i", -1), struct.pack("<H", 0x1234), struct.unpack(">H", b"\x12\x34"), struct.unpack("<q", b"\xff" * 8))
print(struct.pack("@i", 5) == struct.pack("=i", 5), struct.pack("xbx", 1), struct.unpack("2xb", b"\x00\x00\x05"))
print(struct.pack("3B", 1, 2, 3), struct.unpack("3h", struct.pack("3h", -1, 0, 1)))
