# glob/fnmatch edge cases: bytes patterns, mixed types, empty patterns, unreadable dirs absent.
import glob
import os
import tempfile

root = tempfile.mkdtemp()
for n in ("a.txt", "b.txt"):
    open(os.path.join(root, n), "w").close()
print(sorted(os.path.basename(p) for p in glob.glob(os.fsencode(os.path.join(root, "*.txt")))))
print(type(glob.glob(os.fsencode(os.path.join(root, "*")))[0]).__name__)
print(glob.glob(""), glob.glob("", recursive=True))
print(sorted(glob.glob(b"*", root_dir=os.fsencode(root))))
try:
    glob.glob("*", root_dir=os.fsencode(root))
except TypeError as e:
    print("TypeError", e)
try:
    glob.glob(5)
except TypeError as e:
    print("TypeError")
print(glob.glob(os.path.join(root, "a.txt", "*")))
print(sorted(glob.glob1(root, "*.txt")), glob.glob0(root, "a.txt"), glob.glob0(root, ""))
for n in ("a.txt", "b.txt"):
    os.unlink(os.path.join(root, n))
os.rmdir(root)
