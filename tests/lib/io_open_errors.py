# open()/FileIO errors: closed files, wrong-mode operations, bad arguments, buffering rules.
import io
import os

p = "/tmp/krait_lib_io_open_errors.bin"
with open(p, "wb") as f:
    f.write(b"abc")
f = open(p, "rb")
f.close()
for op in (f.read, f.tell, lambda: f.seek(0), f.fileno, f.readline):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
print(f.closed, f.name == p)
with open(p, "rb") as f:
    for op in (lambda: f.write(b"x"), f.truncate):
        try:
            op()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation", e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError", e)
    try:
        f.seek(-10)
    except OSError as e:
        print("OSError", e.errno)
for kw in ({"mode": "r", "buffering": 0}, {"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "newline": "\n"},
           {"mode": "r", "newline": "x"}, {"mode": "r", "errors": 5}, {"mode": 5}):
    try:
        open(p, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
with open(p, "rb", buffering=0) as raw:
    print(type(raw).__name__, raw.read(2), raw.readall())
with open(p, "r", buffering=1) as lb:
    print(type(lb).__name__, lb.line_buffering, type(lb.buffer).__name__)
with open(p, "r+b") as rw:
    print(type(rw).__name__, rw.readable(), rw.writable())
try:
    open(-5)
except (OSError, ValueError) as e:
    print(type(e).__name__)
try:
    open(os.path.dirname(p))
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno)
fd = os.open(p, os.O_RDONLY)
with open(fd, "rb", closefd=True) as f2:
    print(f2.read())
try:
    open(p, "rb", closefd=False)
except ValueError as e:
    print("ValueError", e)
os.unlink(p)
