# UTF-32: BOMs, byte orders, out-of-range and surrogate code points.
import codecs
s = "a\xe9\U0010ffff"
for enc in ["utf-32", "utf-32-le", "utf-32-be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
for bad in [b"a", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"a\x00\x00\x00b\x00"]:
    try:
        bad.decode("utf-32-le")
    except UnicodeDecodeError as e:
        print(e)
    print(ascii(bad.decode("utf-32-le", "ignore")))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00b", None, False), codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a"))
print("\ud800".encode("utf-32-be", "surrogatepass"), b"\x00\x00\xd8\x00".decode("utf-32-be", "surrogatepass") == "\ud800")
try:
    "x\udfffy".encode("utf-32")
except UnicodeEncodeError as e:
    print(e)
