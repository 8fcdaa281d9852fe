# io.BytesIO: read/write/seek/tell, getbuffer, readinto, truncate, errors.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(5), b.tell())
print(b.readline(), b.readline(), b.readline())
b.seek(-3, 2)
print(b.read())
b.seek(0)
print(b.readlines())
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"def")), w.write(memoryview(b"gh")))
print(w.getvalue())
w.seek(10)
w.write(b"!")
print(w.getvalue())
w.truncate(4)
print(w.getvalue(), w.tell())
buf = bytearray(3)
r = io.BytesIO(b"xyz123")
print(r.readinto(buf), buf)
print(r.read1(2), r.peek if hasattr(r, "peek") else None)
mv = r.getbuffer()
print(bytes(mv), len(mv))
try:
    r.write(b"q" * 10)
except BufferError as e:
    print("BufferError", e)
mv.release()
print(io.BytesIO(b"abc").read(-1), io.BytesIO(b"abc").read(0))
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.BytesIO("text")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError", e)
try:
    io.BytesIO().seek(0, 5)
except ValueError as e:
    print("ValueError", e)
