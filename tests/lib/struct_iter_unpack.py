# iter_unpack: iteration, length hints and errors.
import struct
it = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
print(list(struct.Struct(">H").iter_unpack(bytearray(b"\x00\x01\x00\x02"))), list(struct.iter_unpack("b", b"")))
for call in [lambda: struct.iter_unpack("i", b"abcde"), lambda: struct.iter_unpack("", b""), lambda: struct.iter_unpack("x0i", b"a")]:
    try:
        call()
    except struct.error as e:
        print("error", e)
