# codecs.escape_encode / escape_decode (the bytes literal escapes) and readbuffer_encode.
import codecs
print(codecs.escape_encode(b"'\"\\\x00\x7f\xff\t\n\rabc"))
print(codecs.escape_decode(b"\\x41\\n\\101\\q\\\nz"), codecs.escape_decode("\\t"))
for bad in [b"\\x1", b"abc\\xz0", b"\\"]:
    try:
        codecs.escape_decode(bad)
    except ValueError as e:
        print("ValueError", e)
print(codecs.escape_decode(b"\\x1z", "ignore"), codecs.escape_decode(b"\\x1z", "replace"))
print(codecs.readbuffer_encode(b"ab"), codecs.readbuffer_encode("h\xe9"), codecs.readbuffer_encode(bytearray(b"x")))
try:
    codecs.escape_encode("str")
except TypeError as e:
    print("TypeError", e)
