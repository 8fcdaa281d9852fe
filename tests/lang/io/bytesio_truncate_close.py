# BytesIO: truncate semantics and closing.
import _io
b = _io.BytesIO(b"0123456789")
b.seek(7)
print(b.truncate(4), b.tell(), b.getvalue())
print(b.truncate(), b.getvalue())
b.seek(2)
print(b.truncate(), b.getvalue(), b.truncate(50), b.getvalue())
try:
    b.truncate(-1)
except ValueError as e:
    print("ValueError:", e)
print(b.closed)
with b:
    pass
print(b.closed)
for name, args in [("getvalue", ()), ("read", ()), ("write", (b"x",)), ("seek", (0,)), ("tell", ()), ("readable", ()), ("truncate", ())]:
    try:
        getattr(b, name)(*args)
    except ValueError as e:
        print(name, "ValueError:", e)
b.close()
print("close twice ok")
