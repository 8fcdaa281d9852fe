# BytesIO: seeking past the end and writing there zero-fills.
import _io
b = _io.BytesIO(b"abc")
print(b.seek(10), b.read(), b.tell())
b.write(b"Z")
print(b.getvalue(), len(b.getvalue()))
print(b.seek(-2, 2), b.read())
print(b.seek(-100, 1), b.tell())
print(b.seek(3, 1), b.seek(0, 1))
for args in [(-1,), (0, 3), ("x",), (1.5,)]:
    try:
        b.seek(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b.seek(1)
b.write(b"__")
print(b.getvalue())
