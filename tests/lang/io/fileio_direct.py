# FileIO used directly: modes, reads, writes, attributes.
import _io
P = "/tmp/krait_io_fileio_direct.bin"
f = _io.FileIO(P, "w")
print(f.write(b"hello"), f.write(bytearray(b" world")), f.tell(), f.mode, f.closefd, f.name)
print(f.readable(), f.writable(), f.seekable(), f.isatty())
f.close()
print(f.closed)
f = _io.FileIO(P)
print(f.read(3), f.read(), f.read(), f.tell())
f.seek(0)
buf = bytearray(5)
print(f.readinto(buf), buf, f.readall())
f.close()
for mode in ["rw", "r+b", "ab", "xb", "+", "rr", "z", ""]:
    try:
        g = _io.FileIO(P, mode)
        print(mode, g.mode)
        g.close()
    except (ValueError, OSError) as e:
        print(repr(mode), type(e).__name__, e)
try:
    _io.FileIO(P, closefd=False)
except ValueError as e:
    print("ValueError:", e)
try:
    _io.FileIO(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    _io.FileIO(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    _io.FileIO("a\0b")
except ValueError as e:
    print("ValueError:", e)
