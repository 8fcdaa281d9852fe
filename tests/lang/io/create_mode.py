# 'x' mode creates a new file and refuses an existing one.
P = "/tmp/krait_io_create_mode.txt"
with open(P, "w") as f:
    f.write("exists")
try:
    open(P, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
try:
    open(P, "xb")
except FileExistsError as e:
    print("FileExistsError again")
f = open(P, "r+")
print(f.read(), f.buffer.raw.mode)
f.close()
import _io
print(_io.FileIO(P, "r").mode)
