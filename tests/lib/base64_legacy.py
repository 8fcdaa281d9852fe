# base64: encodebytes/decodebytes line wrapping and the encode/decode file helpers.
from _base64_setup import base64

class Src:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
    def readline(self):
        i = self.data.find(b"\n") + 1 or len(self.data)
        chunk, self.data = self.data[:i], self.data[i:]
        return chunk

class Sink:
    def __init__(self):
        self.out = b""
    def write(self, b):
        self.out += b

e = base64.encodebytes(b"x" * 100)
print(e, base64.decodebytes(e) == b"x" * 100, base64.encodebytes(b""))
sink = Sink()
base64.encode(Src(b"hello world" * 10), sink)
print(sink.out)
back = Sink()
base64.decode(Src(sink.out), back)
print(back.out == b"hello world" * 10)
try:
    base64.encodebytes("str")
except TypeError as e:
    print("TypeError", e)
