# Charmap codecs (cp1252, cp437, iso8859_15, koi8_r, mac_roman) and charmap_* functions.
import codecs
text = "caf\xe9 \u20ac\u2019"
for enc in ["cp1252", "iso8859_15", "cp1250"]:
    try:
        b = text.encode(enc)
        print(enc, b, b.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, e)
print("\u2554\u2550\u2557".encode("cp437"), bytes(range(0xb0, 0xb8)).decode("cp437"))
print("\u043f\u0440\u0438".encode("koi8_r"), "\u043f\u0440\u0438".encode("koi8-r").decode("koi8_r"))
print("\u03c0".encode("mac_roman"), b"\xa5".decode("mac-roman"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
print(b"a\x81b".decode("cp1252", "replace"), b"a\x81b".decode("cp1252", "ignore"))
try:
    "\u0100".encode("cp1252")
except UnicodeEncodeError as e:
    print(e)
print(codecs.charmap_decode(b"abc", "strict", "xyz"), codecs.charmap_decode(b"\x00\x01", None, {0: "A", 1: 66}))
print(codecs.charmap_decode(b"\xe9", None, None), codecs.charmap_encode("\xe9", None, None))
m = codecs.charmap_build("abc")
print(codecs.charmap_encode("cab", "strict", m), codecs.charmap_encode("ab", None, {97: b"XY", 98: 7}))
try:
    codecs.charmap_decode(b"\x02", "strict", "ab")
except UnicodeDecodeError as e:
    print(e)
try:
    codecs.charmap_decode(b"\x00", "strict", {0: 1.5})
except TypeError as e:
    print("TypeError", e)
try:
    codecs.charmap_encode("a", "strict", {97: 300})
except TypeError as e:
    print("TypeError", e)
