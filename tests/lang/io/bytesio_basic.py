# BytesIO: read, write, getvalue, positions.
import _io
b = _io.BytesIO(b"hello world")
print(b.read(5), b.tell(), b.read(), b.read(), b.tell())
print(b.getvalue())
b.seek(0)
print(b.write(b"HELLO"), b.getvalue(), b.tell())
b.seek(0, 2)
b.write(bytearray(b"!"))
b.write(memoryview(b"?"))
print(b.getvalue())
e = _io.BytesIO()
print(e.getvalue(), e.read(), e.tell(), e.readable(), e.writable(), e.seekable(), e.isatty())
print(_io.BytesIO(b"abc").read(-1), _io.BytesIO(b"abc").read(None), _io.BytesIO(b"abc").read1(2))
try:
    e.write("str")
except TypeError as ex:
    print("TypeError:", ex)
try:
    _io.BytesIO("str")
except TypeError as ex:
    print("TypeError:", ex)
