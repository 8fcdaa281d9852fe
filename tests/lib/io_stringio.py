# io.StringIO: read/write/seek/tell, readline(s), newline modes, closed errors.
import io

s = io.StringIO("line1\nline2\nline3")
print(s.readline(), end="|")
print(s.tell())
print(s.readlines())
s.seek(0)
print(s.read(3), s.read())
s.seek(0, 2)
s.write("\nmore")
print(repr(s.getvalue()))
s.seek(2)
s.truncate()
print(repr(s.getvalue()))
print(list(io.StringIO("a\nb\n")))

w = io.StringIO()
print(w.write("hello"), w.write(" world"))
w.seek(0)
w.write("J")
print(w.getvalue())
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).read()))
print(repr(io.StringIO("a\r\nb\rc\n", newline="").readlines()))
n = io.StringIO(newline="\r\n")
n.write("x\ny\n")
print(repr(n.getvalue()))
print(s.readable(), s.writable(), s.seekable())
s.close()
print(s.closed)
for op in (s.read, s.getvalue, lambda: s.write("x")):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError", e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
