# base64: standard, URL-safe and alternative-alphabet base64, validate, bytes-like and str input.
from _base64_setup import base64
for data in [b"", b"f", b"fo", b"foo", b"foob", b"\xfb\xff\xfe"]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.standard_b64encode(data))
print(base64.b64decode("Zm9v"), base64.b64decode(b"Zm9v\n"), base64.urlsafe_b64decode(b"-_-_"), base64.b64encode(b"\xfb\xff", altchars=b"*$"))
print(base64.b64decode(b"*$8=", altchars=b"*$"), base64.b64decode(bytearray(b"Zm8=")), base64.b64decode(b"Zm9v!!", validate=False))
for call in [lambda: base64.b64decode(b"Zm9v!!", validate=True), lambda: base64.b64decode(b"Zm9"), lambda: base64.b64decode("\xe9"),
             lambda: base64.b64encode("str"), lambda: base64.b64encode(b"x", altchars=b"*")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
