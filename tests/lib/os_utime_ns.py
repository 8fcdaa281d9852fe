# os.utime with sub-second times keeps the nanoseconds.
import os
import _ostmp
d = _ostmp.fresh('utimens')
f = d + '/f'
_ostmp.write(f, '')
os.utime(f, ns=(5 * 10**9 + 123, 7 * 10**9 + 456000))
s = os.stat(f)
print(s.st_atime_ns, s.st_mtime_ns)
os.utime(f, (1.5, 2.25))
print(os.stat(f).st_mtime, os.stat(f).st_mtime_ns)
_ostmp.cleanup(d)
