# StreamReader/StreamWriter over a minimal byte stream, iterencode/iterdecode, BOM constants.
import codecs

class Stream:
    def __init__(self, data=b""):
        self.data, self.pos = bytearray(data), 0
    def write(self, b):
        self.data += b
    def read(self, n=-1):
        chunk = self.data[self.pos:] if n < 0 else self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return bytes(chunk)

buf = Stream()
w = codecs.getwriter("utf-16-le")(buf)
w.write("h\xe9")
w.write("\u20ac")
print(bytes(buf.data))
r = codecs.getreader("utf-16-le")(Stream(buf.data))
print(r.read())
print(list(codecs.iterencode(["a", "\xe9"], "utf-8")), "".join(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")))
rd = codecs.getreader("utf-8")(Stream("line1\nl\xe9ne2\n".encode()))
print(repr(rd.readline()), rd.readlines())
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
print(codecs.getencoder("latin-1")("\xe9"), codecs.getdecoder("cp1252")(b"\x80"))
