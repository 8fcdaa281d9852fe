# os.statvfs and fstatvfs: a file, a missing path, an empty path, a closed
# descriptor, and the fields shutil.disk_usage builds on.
import os
import shutil
import _ostmp
d = _ostmp.fresh('statvfs_errors')
_ostmp.write(d + '/f', 'x')
v = os.statvfs(d + '/f')
print(v.f_frsize > 0, v.f_blocks >= v.f_bfree >= 0, v.f_namemax >= 255)
fd = os.open(d + '/f', os.O_RDONLY)
print(os.fstatvfs(fd).f_bsize == v.f_bsize, os.statvfs(fd).f_namemax == v.f_namemax)
os.close(fd)
for arg in [d + '/missing', '', d + '/f/sub', fd]:
    try:
        os.statvfs(arg)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == arg)
try:
    shutil.disk_usage(d + '/missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
_ostmp.cleanup(d)
