# Files opened from a descriptor; closefd; opener.
import _io
P = "/tmp/krait_io_fileio_fd.txt"
with open(P, "w") as f:
    f.write("shared text\n")
base = open(P, "rb")
fd = base.fileno()
view = open(fd, "r", closefd=False)
print(view.read(), view.name == fd)
view.close()
print(base.closed, base.read())
base.seek(0)
print(base.read(6))
base.close()
seen = []
keep = []
def opener(path, flags):
    seen.append(path)
    raw = _io.FileIO(path, "r")
    keep.append(raw)
    return raw.fileno()
with open(P, opener=opener) as f:
    print(f.read().strip(), seen, f.name)
def bad_opener(path, flags):
    return -1
try:
    open(P, opener=bad_opener)
except ValueError as e:
    print("ValueError:", e)
def str_opener(path, flags):
    return "3"
try:
    open(P, opener=str_opener)
except TypeError as e:
    print("TypeError:", e)
