# StringIO: seek rules and writing past the end.
import _io
s = _io.StringIO("abc")
print(s.seek(6), repr(s.read()))
s.write("Z")
print(repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(1))
for args in [(-1,), (1, 1), (1, 2), (0, 5), ("x",)]:
    try:
        s.seek(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
s.seek(1)
print(s.truncate(), repr(s.getvalue()), s.tell())
try:
    s.truncate(-2)
except ValueError as e:
    print("ValueError:", e)
print(s.truncate(10), repr(s.getvalue()))
