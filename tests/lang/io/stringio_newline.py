# StringIO newline handling (default '\n'; None translates; '' keeps; '\r' / '\r\n' translate on write).
import _io
text = "a\nb\r\nc\rd"
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = _io.StringIO(text, newline=nl) if nl != "\n" else _io.StringIO(text)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = _io.StringIO(newline=None)
s.write("x\r")
s.write("\ny\r")
print(repr(s.getvalue()), s.newlines)
try:
    _io.StringIO(newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    _io.StringIO(newline=1)
except TypeError as e:
    print("TypeError:", e)
