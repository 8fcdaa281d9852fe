# The Struct type: format, size, methods, bytes formats, subclassing.
import struct
s = struct.Struct("<hI")
print(s.format, s.size, type(s).__name__, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"))
print(struct.Struct(b">q").format, struct.Struct(format="3s").size)
b = struct.Struct(b"=H")
print(b.pack(513), b.unpack_from(b"xx\x01\x02", 2), b.unpack_from(buffer=b"\x01\x02"))
try:
    s.unpack(b"abc")
except struct.error as e:
    print("error", e)
try:
    struct.Struct(5)
except TypeError as e:
    print("TypeError", e)
try:
    struct.Struct("q!")
except struct.error as e:
    print("error", e)

class MyStruct(struct.Struct):
    pass

m = MyStruct("<i")
print(type(m).__name__, m.pack(3), m.size, isinstance(m, struct.Struct))
print(struct.pack(s, 1, 2) if False else struct.calcsize("<hI"))
