# A Python RawIOBase subclass gets read/readall/readline/iteration from readinto.
import _io
class Source(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
s = Source(b"alpha\nbeta\ngamma")
print(s.read(4), s.read(), s.read())
s = Source(b"alpha\nbeta\ngamma")
print(s.readline(), list(s))
s = Source(b"0123456789")
print(s.readall())
r = _io.BufferedReader(Source(b"line one\nline two\n"), 4)
print(r.readline(), r.peek(1)[:1], r.read())
t = _io.TextIOWrapper(_io.BufferedReader(Source("h\u00e9\nworld\n".encode())), encoding="utf-8")
print(t.readlines())
print(Source(b"").closed)
