# UTF-16: BOMs, byte orders, surrogate pairs, errors, incremental decoding.
import codecs
s = "h\xe9\u20ac\U0001f600"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf_16le", "UTF16"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), b"a\x00".decode("utf-16"))
for bad in [b"a", b"\x00\xd8", b"\x00\xdc", b"\x00\xd8a\x00", b"a\x00b"]:
    try:
        bad.decode("utf-16-le")
    except UnicodeDecodeError as e:
        print(e)
    print(ascii(bad.decode("utf-16-le", "replace")))
try:
    "\ud800".encode("utf-16")
except UnicodeEncodeError as e:
    print(e)
print(codecs.utf_16_decode(b"\xff\xfea\x00b", None, False), codecs.utf_16_ex_decode(b"\xfe\xff\x00a"))
print(codecs.utf_16_le_decode(b"a\x00\x3d\xd8", "strict", False), codecs.utf_16_encode("ab", None, 1), codecs.utf_16_encode("ab", None, -1))
d = codecs.getincrementaldecoder("utf-16")()
out = [d.decode(bytes([c])) for c in "x\U0001f600".encode("utf-16")]
print(out, d.decode(b"", True))
e = codecs.getincrementalencoder("utf-16")()
print(e.encode("a"), e.encode("b"))
