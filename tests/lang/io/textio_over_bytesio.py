# TextIOWrapper over an in-memory BytesIO.
import _io
buf = _io.BytesIO()
t = _io.TextIOWrapper(buf, encoding="utf-8", newline="\r\n")
t.write("one\ntwo\n")
t.flush()
print(buf.getvalue())
t.seek(0)
print(repr(t.read()))
t2 = _io.TextIOWrapper(_io.BytesIO("x\u00e9\r\ny\rz\n".encode()), newline=None)
print(t2.readlines(), t2.newlines)
t3 = _io.TextIOWrapper(_io.BytesIO(b"a\nb"), line_buffering=True)
print(t3.line_buffering, list(t3))
try:
    _io.TextIOWrapper(_io.BytesIO(), newline="zz")
except ValueError as e:
    print("ValueError:", e)
try:
    _io.TextIOWrapper(_io.BytesIO(), errors=1)
except TypeError as e:
    print("TypeError:", e)
try:
    _io.TextIOWrapper(_io.BytesIO(), encoding="bogus")
except LookupError as e:
    print("LookupError:", e)
