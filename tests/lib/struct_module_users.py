# Pure-Python users of struct: a tiny binary record format round trip.
import struct
HEADER = struct.Struct("<4sHI")
records = [(1, b"alpha", 3.5), (2, b"beta", -1.25)]
out = bytearray(HEADER.pack(b"KRT1", len(records), 0))
for rid, name, score in records:
    out += struct.pack("<I%dsd" % len(name), rid, name, score) + struct.pack("<B", len(name))
print(len(out), bytes(out[:10]))
magic, count, _ = HEADER.unpack_from(out)
print(magic, count)
pos = HEADER.size
for _ in range(count):
    rid, = struct.unpack_from("<I", out, pos)
    n = out[pos + 4:].index(b"\x00") if False else None
    print(rid)
    break
print(struct.unpack("<I5sdB", bytes(out[HEADER.size:HEADER.size + 18])))
