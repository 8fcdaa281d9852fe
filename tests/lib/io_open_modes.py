# open() of a temp file in all modes, seek/tell, append, exclusive create, errors.
import os

p = "/tmp/krait_lib_io_open_modes.txt"
if os.path.exists(p):
    os.unlink(p)
with open(p, "w") as f:
    print(f.mode, f.write("abc\ndef\n"))
with open(p) as f:
    print(f.mode, repr(f.read()))
with open(p, "a") as f:
    f.write("ghi\n")
    print(f.tell())
with open(p, "r+") as f:
    f.seek(4)
    f.write("DEF")
    f.seek(0)
    print(repr(f.read()))
with open(p, "rb") as f:
    print(f.mode, f.read(3), f.tell())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(1, 0)
    f.seek(2, 1)
    print(f.tell(), f.read(1))
with open(p, "wb") as f:
    f.write(b"\x00\x01\x02")
with open(p, "ab") as f:
    f.write(b"\x03")
with open(p, "rb+") as f:
    f.seek(1)
    f.write(b"\xff")
with open(p, "rb") as f:
    print(f.read())
with open(p, "w+") as f:
    f.write("w+ text")
    f.seek(0)
    print(f.read())
with open(p, "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.unlink(p)
with open(p, "x") as f:
    print(f.mode, f.write("new"))
with open(p, "r") as f:
    try:
        f.write("no")
    except OSError as e:
        print(type(e).__name__, e)
os.unlink(p)
try:
    open(p)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror)
for mode in ("rw", "bt", "z", "rbb"):
    try:
        open(p, mode)
    except ValueError as e:
        print("ValueError", e)
try:
    open(p, "w", encoding="utf-8").close()
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
os.unlink(p)
