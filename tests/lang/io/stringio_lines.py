# StringIO: lines and iteration.
import _io
s = _io.StringIO("one\ntwo\n\nthree")
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(5))
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
s.seek(0)
s.writelines(["x\n", "y"])
print(repr(s.getvalue()))
print(s.readline(None) == "", s.readline(-1))
try:
    s.readline("a")
except TypeError as e:
    print("TypeError")
