# str.encode / bytes.decode / bytes(str, enc) / str(bytes, enc) through the registry.
s = "Gr\xfc\xdfe \u20ac"
for enc in ["cp1252", "utf-16", "utf_32_le", "iso-8859-15", "mac_roman", "unicode-escape", "raw_unicode_escape"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s, str(b, enc) == s, bytes(s, enc) == b, bytearray(s, enc) == b)
print(s.encode(encoding="cp1252", errors="strict"), "\u0100".encode("cp1252", errors="replace"))
try:
    "\u0100".encode("cp1252")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    "x".encode("utf-99")
except LookupError as e:
    print("LookupError", e)
