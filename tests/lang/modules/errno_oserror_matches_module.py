# OSError.errno from failing calls equals the errno module's constant, and
# errorcode names it, whatever the host's own numbering.
import errno
import os
import tempfile

root = tempfile.mkdtemp()
path = os.path.join(root, "f.txt")
with open(path, "w") as f:
    f.write("x")


def check(label, fn, *args):
    try:
        fn(*args)
    except OSError as e:
        print(label, type(e).__name__, errno.errorcode[e.errno], e.errno == getattr(errno, errno.errorcode[e.errno]))
    else:
        print(label, "no error")


check("open missing", open, os.path.join(root, "missing"))
check("mkdir existing", os.mkdir, root)
check("rmdir non-empty", os.rmdir, root)
check("listdir on file", os.listdir, path)
check("open a directory", open, root)
check("read bad fd", os.read, 12345, 1)
check("unlink missing", os.unlink, os.path.join(root, "missing"))
check("rename missing", os.rename, os.path.join(root, "missing"), os.path.join(root, "other"))
check("stat under a file", os.stat, os.path.join(path, "x"))
check("open excl existing", os.open, path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
check("chdir missing", os.chdir, os.path.join(root, "missing"))
try:
    open(os.path.join(root, "missing"))
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.errno in (errno.ENOENT, errno.ENOTDIR), e.strerror)
os.unlink(path)
os.rmdir(root)
print(os.path.exists(root))
