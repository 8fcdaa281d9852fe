# The text of raised OSErrors: "[Errno N] glibc's message: 'path'" with
# Linux's N on every host, from open, os and io calls.
import os
import tempfile

root = tempfile.mkdtemp()
name = os.path.join(root, "a")
calls = [
    lambda: open(os.path.join(root, "missing")),
    lambda: os.mkdir(root),
    lambda: os.rmdir(os.path.join(root, "missing")),
    lambda: os.listdir(os.path.join(root, "missing")),
    lambda: os.stat(os.path.join(root, "missing")),
    lambda: os.close(12345),
    lambda: os.fstat(12345),
    lambda: os.lseek(12345, 0, 0),
    lambda: os.rename(os.path.join(root, "missing"), name),
    lambda: open(root, "rb"),
    lambda: open(root, "w"),
]
for call in calls:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, str(e).replace(root, "ROOT"))
os.rmdir(root)
