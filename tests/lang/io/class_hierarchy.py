# The class hierarchy mirrors CPython's _io.
import _io
for cls in [_io.FileIO, _io.BytesIO, _io.StringIO, _io.BufferedReader, _io.BufferedWriter,
            _io.BufferedRandom, _io.BufferedRWPair, _io.TextIOWrapper]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(_io.IncrementalNewlineDecoder.__mro__)
print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
print(open is _io.open or open.__name__ == _io.open.__name__)
print(_io.text_encoding(None), _io.text_encoding("latin-1"))
P = "/tmp/krait_io_class_hierarchy.txt"
open(P, "w").close()
f = open(P)
print(isinstance(f, _io._TextIOBase), isinstance(f, _io._IOBase), isinstance(f.buffer, _io._BufferedIOBase),
      isinstance(f.buffer.raw, _io._RawIOBase))
f.close()
with _io.open_code(P) as c:
    print(type(c).__name__, c.mode)
