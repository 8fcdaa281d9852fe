# shutil: copyfile, copy, copytree (ignore), rmtree, move, disk_usage fields, errors.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
j = lambda *a: os.path.join(root, *a)
os.makedirs(j("src", "inner"))
for name, text in (("a.txt", "A"), ("b.log", "B"), ("inner/c.txt", "C")):
    with open(j("src", name), "w") as f:
        f.write(text)
print(os.path.basename(shutil.copyfile(j("src", "a.txt"), j("copy.txt"))))
print(open(j("copy.txt")).read())
print(os.path.relpath(shutil.copy(j("src", "a.txt"), j("src", "inner")), root))
shutil.copy2(j("src", "b.log"), j("b2.log"))
print(os.path.relpath(shutil.copytree(j("src"), j("dst")), root))
listing = lambda top: sorted(os.path.relpath(os.path.join(d, f), top) for d, _, fs in os.walk(top) for f in fs)
print(listing(j("dst")))
shutil.copytree(j("src"), j("dst2"), ignore=shutil.ignore_patterns("*.log"))
print(listing(j("dst2")))
shutil.copytree(j("src"), j("dst2"), dirs_exist_ok=True)
print(listing(j("dst2")))
try:
    shutil.copytree(j("src"), j("dst"))
except FileExistsError as e:
    print("FileExistsError", e.errno)
print(os.path.relpath(shutil.move(j("dst2"), j("moved")), root), os.path.exists(j("dst2")))
shutil.move(j("copy.txt"), j("moved"))
print(listing(j("moved")))
shutil.rmtree(j("moved"))
print(os.path.exists(j("moved")))
try:
    shutil.rmtree(j("nothing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
shutil.rmtree(j("nothing"), ignore_errors=True)
errs = []
shutil.rmtree(j("nothing"), onerror=lambda f, p, e: errs.append(e[0].__name__))
print(errs[:1])
try:
    shutil.copyfile(j("src", "a.txt"), j("src", "a.txt"))
except shutil.SameFileError as e:
    print("SameFileError")
try:
    shutil.copyfile(j("missing"), j("x"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
shutil.rmtree(root)
print(os.path.exists(root))
