# The builtin error handlers through str.encode / bytes.decode and lookup_error.
import codecs
s = "a\xe9\u20ac\U0001f600z"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
b = b"a\xff\xfeb\xc3"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(b.decode("utf-8", errors)), ascii(b.decode("ascii", errors)))
print(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print("\ud800x".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80x".decode("utf-8", "surrogatepass") == "\ud800x")
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    print(name, callable(codecs.lookup_error(name)))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
exc = UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "bad")
print(codecs.ignore_errors(exc), codecs.replace_errors(exc), codecs.backslashreplace_errors(exc), codecs.xmlcharrefreplace_errors(exc))
try:
    codecs.strict_errors(exc)
except UnicodeEncodeError as e:
    print("strict raised", e)
try:
    codecs.xmlcharrefreplace_errors(UnicodeDecodeError("ascii", b"\xff", 0, 1, "bad"))
except TypeError as e:
    print("TypeError", e)
