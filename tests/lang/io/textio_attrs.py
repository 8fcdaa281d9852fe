# TextIOWrapper attributes, detach and reconfigure.
import _io
P = "/tmp/krait_io_textio_attrs.txt"
f = open(P, "w", encoding="latin-1", errors="replace", newline="\r\n")
print(f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.write_through, f.closed)
print(type(f.buffer).__name__, f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
f.reconfigure(line_buffering=True)
print(f.line_buffering)
f.write("a\n")
print(open(P, "rb").read())
f.reconfigure(encoding="utf-8")
print(f.encoding, f.errors)
f.write("\u20ac")
b = f.detach()
print(type(b).__name__, b.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    f.buffer
except ValueError as e:
    print("ValueError:", e)
b.close()
print(open(P, "rb").read())
t = _io.TextIOWrapper(_io.BytesIO(b"abc\ndef"))
print(t.encoding, t.readline(), t.read())
print(t)
