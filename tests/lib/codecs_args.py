# Argument checking of the _codecs functions: str versus bytes-like input, errors type, extra arguments.
import codecs
for f in [codecs.utf_8_decode, codecs.latin_1_decode, codecs.utf_16_decode, codecs.charmap_decode, codecs.ascii_decode,
          codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode, codecs.escape_decode, codecs.readbuffer_encode]:
    try:
        print(f.__name__, f("ab"))
    except TypeError as e:
        print(f.__name__, "TypeError", e)
print(codecs.utf_8_decode(bytearray(b"\xc3\xa9")), codecs.latin_1_decode(memoryview(b"\xe9")), codecs.ascii_encode("x", None))
for call in [lambda: codecs.utf_8_decode(1), lambda: codecs.utf_8_encode(1), lambda: codecs.utf_8_decode(b"", 1),
             lambda: codecs.latin_1_encode("x", "strict", 1), lambda: codecs.utf_16_encode("x", None, "le")]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
