# utf_8_decode's final flag and the incremental UTF-8 / utf-8-sig codecs.
import codecs
print(codecs.utf_8_decode(b"a\xe2\x82", None, False), codecs.utf_8_decode(b"a\xe2\x82\xac", None, False))
try:
    codecs.utf_8_decode(b"a\xe2\x82", None, True)
except UnicodeDecodeError as e:
    print(e)
print(codecs.utf_8_decode(b"a\xff", "replace", False), codecs.utf_8_encode("h\xe9"), codecs.utf_8_encode("\ud800", "replace"))
d = codecs.getincrementaldecoder("utf-8")()
print([d.decode(bytes([b])) for b in "\u20ac\U0001f600".encode()])
d.decode(b"\xe2")
try:
    d.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)
print("\ufeffabc".encode("utf-8-sig"), "abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf_8_sig"))
ds = codecs.getincrementaldecoder("utf-8-sig")()
print(ds.decode(b"\xef"), ds.decode(b"\xbb\xbfx"))
