# File times set with microsecond parts read back exactly through stat,
# lstat, fstat and os.path, and the float and integer forms agree.
import os
import _ostmp
d = _ostmp.fresh('stat_times_us')
f = d + '/f'
_ostmp.write(f, 'x')
os.utime(f, ns=(1500000000123456000, 1600000000654321000))
s = os.stat(f)
print(s.st_atime_ns, s.st_mtime_ns, s.st_mtime, os.path.getmtime(f) == s.st_mtime)
print(os.lstat(f).st_mtime_ns == s.st_mtime_ns, int(s.st_mtime) == s[8])
fd = os.open(f, os.O_RDONLY)
print(os.fstat(fd).st_mtime_ns == s.st_mtime_ns, os.stat(fd).st_atime_ns)
os.close(fd)
os.utime(f, (1234567890.25, 1234567891.5))
s = os.stat(f)
print(s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns)
os.utime(f, ns=(10**9, 2 * 10**9))
print(os.stat(f).st_atime_ns, os.stat(f).st_mtime_ns, os.stat(d).st_mtime_ns > 1.6e18)
os.symlink(f, d + '/link')
os.utime(d + '/link', ns=(3 * 10**9, 4 * 10**9), follow_symlinks=False)
print(os.stat(f).st_mtime_ns, os.lstat(d + '/link').st_mtime_ns)
_ostmp.cleanup(d)
