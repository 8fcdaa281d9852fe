# Native mode: sizes and alignment of @ versus standard sizes of = < > !.
import struct
for fmt in ["c", "ci", "cq", "ic", "c0i", "cd", "ch", "chc", "i c", "bhiq", "qihb", "e", "ce", "cf", "?", "c?", "3c", "c3i", "10s", "c10p"]:
    print(repr(fmt), struct.calcsize(fmt), struct.calcsize("=" + fmt), struct.calcsize("<" + fmt))
print(struct.calcsize("nN") == 2 * struct.calcsize("P"), struct.calcsize("l") in (4, 8), struct.calcsize("<l"), struct.calcsize("<q"))
print(struct.unpack("n", struct.pack("n", -7)), struct.unpack("N", struct.pack("N", 7)), struct.unpack("P", struct.pack("P", 4096)))
print(struct.pack("ci", b"a", 1) == b"a\x00\x00\x00" + struct.pack("i", 1))
