# register_error: custom handlers used by encode and decode, bad results.
import codecs

def mark(exc):
    if isinstance(exc, UnicodeEncodeError):
        return "<%s>" % "".join("U+%04X" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    return "[%d:%d]" % (exc.start, exc.end), exc.end

codecs.register_error("mark", mark)
print("x\xe9\xe8y".encode("ascii", "mark"), "x\u20acy".encode("latin-1", "mark"))
print(b"x\xffy".decode("utf-8", "mark"), b"x\xff\xfey".decode("ascii", "mark"))
print("x\u20acy".encode("cp1252", "mark"), "x\u0100y".encode("cp1252", "mark"))
print("x\ud800y".encode("utf-16-le", "mark"), b"a\x00\x00\xdc".decode("utf-16-le", "mark"))
codecs.register_error("skip2", lambda e: ("", e.end + 1))
print(b"a\xffbcd".decode("ascii", "skip2"))
codecs.register_error("badret", lambda e: 42)
try:
    b"\xff".decode("ascii", "badret")
except TypeError as e:
    print("TypeError", e)
codecs.register_error("badpos", lambda e: ("", 100))
try:
    b"\xff".decode("ascii", "badpos")
except IndexError as e:
    print("IndexError", e)
try:
    codecs.register_error("x", 1)
except TypeError as e:
    print("TypeError", e)
try:
    "\xe9".encode("ascii", "unknown-handler")
except LookupError as e:
    print("LookupError", e)
print("abc".encode("ascii", "unknown-handler"))
