# s, p, c and ? codes.
import struct
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"), struct.pack("s", b""))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"), struct.unpack("5p", b"\x09abcd"))
print(struct.unpack("3s2p", b"abc\x01z"), struct.pack("c", b"x"), struct.unpack("cc", b"xy"), struct.pack("5s", bytearray(b"ba")))
print(struct.pack("???", 0, [], "x"), struct.unpack("???", b"\x00\x01\x02"))
for args in [("s", "str"), ("s", 5), ("c", b"ab"), ("c", "a"), ("c", 97), ("p", "x")]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print("error", e)
