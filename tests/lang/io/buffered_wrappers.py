# BufferedReader / BufferedWriter / BufferedRWPair built by hand.
import _io
raw = _io.BytesIO(b"abcdefghij")
r = _io.BufferedReader(raw, buffer_size=4)
print(r.read(2), r.peek()[:2], r.read1(10), r.read(), r.raw is raw)
print(r)
class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
s = Sink()
w = _io.BufferedWriter(s, buffer_size=8)
w.write(b"abc")
w.write(b"defgh")
print(s.chunks)
w.write(b"0123456789abcdef")
w.flush()
print(s.chunks)
pair = _io.BufferedRWPair(_io.BytesIO(b"in data"), Sink())
print(pair.read(2), pair.peek()[:2], pair.read1(100), pair.readable(), pair.writable())
print(pair.write(b"out"), pair.closed)
pair.close()
print(pair.closed)
for bad in [0, -1]:
    try:
        _io.BufferedReader(_io.BytesIO(), bad)
    except ValueError as e:
        print("ValueError:", e)
class NotReadable(_io._RawIOBase):
    def readable(self):
        return False
try:
    _io.BufferedReader(NotReadable())
except _io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
