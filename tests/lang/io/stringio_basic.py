# StringIO: read, write, getvalue and positions count code points.
import _io
s = _io.StringIO("h\u00e9llo w\u00f6rld \U0001f600")
print(s.read(5), s.tell(), s.read(), s.tell())
print(s.getvalue())
s.seek(0)
print(s.write("HE"), s.getvalue(), s.tell())
s.seek(0, 2)
print(s.write("!"), s.getvalue())
e = _io.StringIO()
print(repr(e.getvalue()), repr(e.read()), e.tell(), e.readable(), e.writable(), e.seekable(), e.line_buffering)
print(_io.StringIO(None).getvalue() == "")
for bad in [b"bytes", 3]:
    try:
        _io.StringIO(bad)
    except TypeError as ex:
        print("TypeError:", ex)
try:
    e.write(b"x")
except TypeError as ex:
    print("TypeError:", ex)
s = _io.StringIO()
print(s.write("abc"), s.write(""), s.getvalue())
