# unicode_escape and raw_unicode_escape in both directions, with error cases.
import codecs
s = "a\tb\n\\ \xe9\u20ac\U0001f600'\""
print(s.encode("unicode_escape"), s.encode("unicode_escape").decode("unicode_escape") == s)
print(s.encode("raw_unicode_escape"), s.encode("raw_unicode_escape").decode("raw_unicode_escape") == s)
print(ascii(b"\\x41\\101\\u00e9\\U0001F600\\N{BULLET}\\q\\\n!".decode("unicode_escape")))
print(ascii(b"\\u00e9 \\\\u00e9 \\x41 \\".decode("raw_unicode_escape")))
for bad in [b"ab\\x1", b"ab\\", b"ab\\u12", b"\\U11111111", b"\\N{NO SUCH NAME}"]:
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(e)
    print(ascii(bad.decode("unicode_escape", "replace")))
try:
    b"\\u12".decode("raw_unicode_escape")
except UnicodeDecodeError as e:
    print(e)
print(codecs.unicode_escape_decode(b"ab\\", None, False), codecs.unicode_escape_encode("\x00\x7f"))
print(codecs.raw_unicode_escape_decode("\\u0041x"), codecs.unicode_escape_decode("\\x41"))
