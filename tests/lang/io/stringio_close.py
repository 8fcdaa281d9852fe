# StringIO after close.
import _io
s = _io.StringIO("data")
with s as t:
    print(t is s, t.read())
print(s.closed)
for name, args in [("getvalue", ()), ("read", ()), ("write", ("x",)), ("seek", (0,)), ("tell", ()), ("readline", ()), ("truncate", ())]:
    try:
        getattr(s, name)(*args)
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    next(iter(s))
except ValueError as e:
    print("iter ValueError:", e)
s.close()
print("ok")
