# Paths as str, bytes and os.PathLike; the name attribute keeps what was given.
class Path:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
P = "/tmp/krait_io_fspath_names.txt"
with open(Path(P), "w") as f:
    f.write("via fspath")
    print(type(f.name).__name__, f.name is not None)
with open(P.encode(), "rb") as f:
    print(f.name, f.read())
with open(P) as f:
    print(f.name)
class Bad:
    def __fspath__(self):
        return 42
try:
    open(Bad())
except TypeError as e:
    print("TypeError:", e)
for bad in [None, 3.0, object()]:
    try:
        open(bad)
    except TypeError as e:
        print("TypeError:", str(e).split(" object")[0])
