# Operations on closed files: the ValueError messages of each layer.
P = "/tmp/krait_io_closed_ops.txt"
open(P, "w").close()
def try_all(f, calls):
    for name, args in calls:
        try:
            getattr(f, name)(*args)
            print(name, "ok")
        except ValueError as e:
            print(name, "ValueError:", e)
f = open(P, "rb"); f.close()
try_all(f, [("read", ()), ("readline", ()), ("peek", ()), ("read1", ()), ("seek", (0,)), ("tell", ()), ("fileno", ()), ("flush", ()), ("readable", ())])
f = open(P, "wb"); f.close()
try_all(f, [("write", (b"x",)), ("flush", ()), ("tell", ())])
f = open(P, "w"); f.close()
try_all(f, [("write", ("x",)), ("flush", ()), ("read", ()), ("readline", ())])
f = open(P, "rb", buffering=0); f.close()
try_all(f, [("read", ()), ("write", (b"",)), ("tell", ()), ("fileno", ()), ("seek", (0,))])
print(f, f.closed)
f.close()
print("second close ok")
with open(P) as g:
    pass
try:
    with g:
        pass
except ValueError as e:
    print("reenter:", e)
try:
    iter(g)
except ValueError as e:
    print("iter:", e)
