# os.stat's result: a struct sequence with named fields.
import os
import stat
import _ostmp
d = _ostmp.fresh('statf')
f = os.path.join(d, 'data')
_ostmp.write(f, 'x' * 123)
s = os.stat(f)
print(type(s).__name__, isinstance(s, tuple), len(s), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
print(s.st_size, s[6], stat.S_ISREG(s.st_mode), stat.S_ISDIR(s.st_mode), s[0] == s.st_mode)
print(type(s.st_mtime).__name__, type(s[8]).__name__, type(s.st_mtime_ns).__name__)
print(s.st_mtime_ns // 10**9 == s[8], abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-3)
print(s.st_nlink, s.st_ino > 0, type(s.st_dev).__name__)
ds = os.stat(d)
print(stat.S_ISDIR(ds.st_mode), stat.S_ISDIR(os.lstat(d).st_mode))
fd = os.open(f, os.O_RDONLY)
fs = os.fstat(fd)
print(fs.st_size, fs.st_ino == s.st_ino, os.stat(fd).st_size)
os.close(fd)
print(os.stat(f.encode()).st_size, os.stat(f, follow_symlinks=False).st_size)
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = s
print(size, mt == s[8])
try:
    s.st_size = 5
except AttributeError as e:
    print('AttributeError')
r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r.st_mode, r.st_size, r.st_atime, r.st_blksize)
print(r)
_ostmp.cleanup(d)
