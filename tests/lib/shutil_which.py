# shutil.which on a temp PATH (executable bits decide), archive formats list.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
tool = os.path.join(root, "krait-tool")
with open(tool, "w") as f:
    f.write("#!/bin/sh\n")
os.chmod(tool, 0o755)
plain = os.path.join(root, "plain")
open(plain, "w").close()
print(shutil.which("krait-tool", path=root) == tool)
print(shutil.which("plain", path=root))
print(shutil.which("nonexistent-krait", path=root))
print(shutil.which(tool) == tool)
print(shutil.which("krait-tool", path=os.pathsep.join(["/krait_no_dir", root])) == tool)
print(shutil.which("krait-tool", path=""))
print("tar" in dict(shutil.get_archive_formats()))
shutil.rmtree(root)
