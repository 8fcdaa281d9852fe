# tempfile: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkstemp, mkdtemp, gettempdir.
import os
import tempfile

with tempfile.TemporaryDirectory(prefix="kr_", suffix="_d") as d:
    base = os.path.basename(d)
    print(os.path.isdir(d), base.startswith("kr_"), base.endswith("_d"))
    with open(os.path.join(d, "f"), "w") as f:
        f.write("x")
print(os.path.exists(d))

with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as f:
    name = f.name
    f.write("named")
    f.seek(0)
    print(f.read(), name.endswith(".txt"), os.path.exists(name), f.mode)
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"keep")
f.close()
print(open(f.name, "rb").read())
os.unlink(f.name)

fd, path = tempfile.mkstemp(prefix="ks_", text=True)
print(type(fd).__name__, os.path.basename(path).startswith("ks_"))
os.write(fd, b"data")
os.close(fd)
print(os.path.getsize(path))
os.unlink(path)

d = tempfile.mkdtemp(dir=tempfile.gettempdir())
print(os.path.isdir(d), os.path.dirname(d) == tempfile.gettempdir())
os.rmdir(d)
with tempfile.TemporaryFile() as t:
    t.write(b"anon")
    t.seek(0)
    print(t.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as s:
    s.write("small")
    s.seek(0)
    print(s.read(), s._rolled)
    s.write("x" * 20)
    print(s._rolled)
print(isinstance(tempfile.gettempdir(), str), tempfile.gettempprefix())
td = tempfile.TemporaryDirectory()
td.cleanup()
print(os.path.exists(td.name))
try:
    tempfile.mkstemp(dir="/krait_no_such_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
