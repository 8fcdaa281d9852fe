# tempfile: errors and edge cases (bad dirs, closed files, mode checks, double cleanup).
import os
import tempfile

try:
    tempfile.mkdtemp(dir="/krait_no_such_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    tempfile.NamedTemporaryFile(dir="/krait_no_such_dir")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    tempfile.NamedTemporaryFile(mode="q")
except ValueError as e:
    print("ValueError", e)
f = tempfile.TemporaryFile("w+")
f.write("t")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
d = tempfile.TemporaryDirectory()
d.cleanup()
d.cleanup()
print(os.path.exists(d.name))
with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as td:
    os.rmdir(td)
print("ignored")
try:
    with tempfile.TemporaryDirectory() as td:
        os.rmdir(td)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
s = tempfile.SpooledTemporaryFile(max_size=4)
s.write(b"12345")
print(s._rolled, s.tell())
s.close()
try:
    tempfile.mkstemp(suffix=b".x", prefix="p")
except TypeError as e:
    print("TypeError", e)
fd, path = tempfile.mkstemp(suffix=b".x", prefix=b"p", dir=tempfile.gettempdirb())
print(type(path).__name__, path.endswith(b".x"))
os.close(fd)
os.unlink(path)
