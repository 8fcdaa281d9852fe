# fstat of the standard streams: stdin is a file here (the .stdin file),
# stdout and stderr are pipes; fstatvfs works on a descriptor too.
import os
import stat
s0 = os.fstat(0)
print(stat.S_ISREG(s0.st_mode), s0.st_size, os.fstat(0).st_ino == os.stat('tests/lib/os_fstat_std_streams.stdin').st_ino)
print(stat.S_ISFIFO(os.fstat(1).st_mode), stat.S_ISFIFO(os.fstat(2).st_mode), os.isatty(0), os.isatty(1))
print(os.fstatvfs(0).f_bsize > 0, os.stat(0).st_size, os.read(0, 5))
try:
    os.fstat(99)
except OSError as e:
    print(type(e).__name__, e.errno)
