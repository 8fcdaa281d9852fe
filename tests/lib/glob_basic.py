# glob: glob, iglob, recursive **, root_dir, escape, has_magic, hidden files.
import glob
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
for name in ("a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py", "[x].py"):
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").close()

rel = lambda lst: sorted(os.path.relpath(p, root) for p in lst)
print(rel(glob.glob(os.path.join(root, "*.py"))))
print(rel(glob.glob(os.path.join(root, "?.txt"))))
print(rel(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(root, "**", "*.py"))))
print(rel(glob.iglob(os.path.join(root, "sub", "*"))))
print(sorted(glob.glob("*.py", root_dir=root)))
print(sorted(glob.glob("**/", root_dir=root, recursive=True)))
print(sorted(glob.glob("[ab].py", root_dir=root)), sorted(glob.glob("[!a].py", root_dir=root)))
print(sorted(glob.glob(glob.escape("[x].py"), root_dir=root)), glob.escape("a*b?[c]"))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic("[a]"))
print(glob.glob(os.path.join(root, "nothing*")), glob.glob("/krait_no_such_dir/*"))
print(sorted(glob.glob(".*", root_dir=root)))
shutil.rmtree(root)
