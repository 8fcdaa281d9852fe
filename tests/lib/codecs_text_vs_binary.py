# str.encode / bytes.decode reject non-text codecs; codecs.encode handles them.
import codecs
print(codecs.encode("Hello", "rot13"), codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex_codec"))
for call in [lambda: "x".encode("rot13"), lambda: b"x".decode("hex"), lambda: "x".encode("nope"), lambda: b"x".decode("nope")]:
    try:
        call()
    except LookupError as e:
        print("LookupError", e)
try:
    codecs.encode("x", "hex")
except TypeError as e:
    print("TypeError", e)
try:
    codecs.encode(1, "utf-8")
except TypeError as e:
    print("TypeError", e)
print(codecs.decode(b"\xe9", "latin-1"), codecs.encode("\xe9"), codecs.decode(b"abc"))
print(codecs.encode(obj="x", encoding="utf-16-le"), codecs.decode(b"x\x00", errors="strict", encoding="utf-16-le"))
