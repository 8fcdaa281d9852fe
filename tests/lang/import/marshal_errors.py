# Bad marshal data raises ValueError / EOFError / TypeError, never crashes.
import marshal


def t(data):
    try:
        print("ok", repr(marshal.loads(data))[:40])
    except (ValueError, EOFError, TypeError) as e:
        print(type(e).__name__, e)


t(b"")
t(b"i\x01\x00")
t(b"?")
t(b"0")
t(b"r\x00\x00\x00\x00")
t(b"\xa9\x02r\x01\x00\x00\x00N")
t(b"s\xff\xff\xff\xff")
t(b"s\x10\x00\x00\x00abc")
t(b"(\xff\xff\xff\xff")
t(b"(\x02\x00\x00\x00N0")
t(b"[\x01\x00\x00\x000")
t(b"<\x01\x00\x00\x000")
t(b"{N")
t(b"l\x01\x00\x00\x00\x00\x80")
t(b"l\x01\x00\x00\x00\x00\x00")
t(b"u\x02\x00\x00\x00\xff\xfe")
t(b")\x05N")
t(b"z\x05ab")
t(b")\x01" * 5000 + b"N")
for bad in [object(), print, type, 1 .bit_length]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
deep = []
for i in range(3000):
    deep = [deep]
try:
    marshal.dumps(deep)
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads("str")
except TypeError as e:
    print("TypeError", e)
# Every truncation of valid data fails cleanly.
data = marshal.dumps((1, "abc", [2.5, {"k": b"v"}], 2**80, frozenset({1})))
errors = set()
for n in range(len(data)):
    try:
        marshal.loads(data[:n])
    except (ValueError, EOFError, TypeError) as e:
        errors.add(type(e).__name__)
print(sorted(errors))
