# TextIOWrapper with the UTF-16/32 codecs: reading in small chunks, surrogate pairs, tell/seek.
import io

text = "a\u20ac\U0001f600z\nline2\n"
for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf_32_be", "UTF-16LE"):
    raw = io.BytesIO(text.encode(enc.replace("UTF-16LE", "utf-16-le")))
    t = io.TextIOWrapper(raw, encoding=enc)
    t._CHUNK_SIZE = 3
    print(enc, ascii(t.readline()), ascii(t.read()))
    t.seek(0)
    first = t.readline()
    pos = t.tell()
    rest = t.read()
    t.seek(pos)
    print(t.read() == rest, ascii(first))
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-16-be", newline="\r\n")
w.write("x\n\U0001f600")
w.flush()
print(raw.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"a\x00b"), encoding="utf-16-le")
try:
    t.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
t = io.TextIOWrapper(io.BytesIO(b"\x00\xd8a\x00"), encoding="utf-16-le", errors="replace")
print(ascii(t.read()))
