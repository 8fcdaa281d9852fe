# shutil: error cases of copy/move/rmtree/copytree and ignore_patterns behaviour.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
j = lambda *a: os.path.join(root, *a)
os.mkdir(j("d"))
with open(j("f"), "w") as f:
    f.write("f")
for op in (lambda: shutil.copyfile(j("d"), j("x")), lambda: shutil.copy(j("nope"), j("x")),
           lambda: shutil.copyfile(j("f"), j("d")), lambda: shutil.rmtree(j("f")),
           lambda: shutil.copytree(j("nope"), j("t")), lambda: shutil.move(j("nope"), j("y")),
           lambda: shutil.move(j("d"), j("d", "inside"))):
    try:
        op()
        print("ok")
    except shutil.Error as e:
        print("Error", str(e).replace(root, "R"))
    except OSError as e:
        print(type(e).__name__, e.errno)
ign = shutil.ignore_patterns("*.pyc", "tmp*")
print(sorted(ign("/x", ["a.py", "a.pyc", "tmp1", "b"])))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
shutil.rmtree(root)
