# IncrementalNewlineDecoder with and without translation.
import _io
d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("c", final=False)), repr(d.decode("", final=True)))
print(d.newlines, d.getstate())
d.reset()
print(d.newlines, repr(d.decode("x\r")), d.getstate())
d.setstate((b"", 0))
print(repr(d.decode("", final=True)))
k = _io.IncrementalNewlineDecoder(None, translate=False)
print(repr(k.decode("1\r\n2\r3\n")), k.newlines)
print(repr(k.decode("4\r")), repr(k.decode("", True)), k.newlines)
try:
    _io.IncrementalNewlineDecoder(None)
except TypeError as e:
    print("TypeError")
class Dec:
    def decode(self, data, final=False):
        return data.decode("ascii")
    def getstate(self):
        return (b"", 0)
    def setstate(self, st):
        print("setstate", st)
    def reset(self):
        print("reset")
w = _io.IncrementalNewlineDecoder(Dec(), True)
print(repr(w.decode(b"p\r\nq\r")), w.getstate())
w.setstate((b"", 2))
w.reset()
