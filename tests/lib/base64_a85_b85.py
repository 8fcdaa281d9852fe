# base64: Ascii85 (with adobe, foldspaces, wrapcol) and base85.
from _base64_setup import base64
for data in [b"", b"hello", b"\x00\x00\x00\x00", b"    ", b"\xff" * 7]:
    a = base64.a85encode(data)
    b = base64.b85encode(data)
    print(a, base64.a85decode(a) == data, b, base64.b85decode(b) == data)
print(base64.a85encode(b"hello world", adobe=True), base64.a85encode(b"    ", foldspaces=True), base64.a85encode(b"x" * 20, wrapcol=10))
print(base64.b85encode(b"abc", pad=True), base64.a85decode(b"<~BOu!rDZ~>", adobe=True), base64.a85decode(b"y", foldspaces=True))
for call in [lambda: base64.a85decode(b"~~"), lambda: base64.b85decode(b"|||||")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
