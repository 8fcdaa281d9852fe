# os.statvfs / fstatvfs and shutil.disk_usage built on them.
import os, shutil
v = os.statvfs("/tmp"); print(type(v).__name__, len(v), v.f_bsize > 0, v.f_namemax, v[0] == v.f_bsize, type(v.f_fsid).__name__)
print(repr(v).startswith("os.statvfs_result(f_bsize="))
print(os.fstatvfs(0).f_bsize > 0)
du = shutil.disk_usage("/tmp"); print(du._fields, du.total >= du.free)
try: os.statvfs("/krait_nope")
except FileNotFoundError as e: print(e)
try: os.statvfs(1.5)
except TypeError as e: print(e)
