# io.TextIOWrapper over BytesIO: encodings, errors, newline translation.
import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
t.write("héllo\nwörld\n")
t.flush()
print(raw.getvalue())
t.seek(0)
print(t.read())
print(t.encoding)

for enc in ("latin-1", "utf-16-le", "utf-8", "ascii"):
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding=enc)
    t.write("abc")
    t.flush()
    print(enc, raw.getvalue())

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii")
print(t.readlines())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="")
print(t.readlines())
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="ascii", newline="\r\n")
t.write("1\n2\n")
t.flush()
print(raw.getvalue())

t = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="utf-8", errors="replace")
print(ascii(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"caf\xe9"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    t.write("é")
    t.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
t = io.TextIOWrapper(io.BytesIO(b"xy\nz"), encoding="utf-8")
print(t.readline(), end="|")
print(t.read())
print(t.buffer.__class__.__name__, t.readable(), t.writable())
