# _IOBase's generic methods on a bare instance.
import _io
b = _io._IOBase()
print(b.closed, b.readable(), b.writable(), b.seekable(), b.isatty())
for name, args in [("fileno", ()), ("seek", (0,)), ("truncate", ()), ("tell", ())]:
    try:
        getattr(b, name)(*args)
    except OSError as e:
        print(name, type(e).__name__, e)
print(b.flush())
b.close()
print(b.closed)
try:
    b.flush()
except ValueError as e:
    print("ValueError:", e)
try:
    b._checkClosed()
except ValueError as e:
    print("ValueError:", e)
t = _io._TextIOBase()
print(t.encoding, t.newlines, t.errors)
for name in ["read", "readline", "detach"]:
    try:
        getattr(t, name)()
    except _io.UnsupportedOperation as e:
        print(name, e)
bb = _io._BufferedIOBase()
for name in ["read", "read1", "detach"]:
    try:
        getattr(bb, name)()
    except _io.UnsupportedOperation as e:
        print(name, e)
try:
    _io._RawIOBase().readinto(bytearray(2))
except NotImplementedError:
    print("NotImplementedError")
