# os.utime with times and ns, read back through stat.
import os
import _ostmp
d = _ostmp.fresh('utime')
f = d + '/f'
_ostmp.write(f, '')
os.utime(f, (1000000000, 1200000000))
s = os.stat(f)
print(s.st_atime, s.st_mtime, s[8], os.path.getmtime(f), os.path.getatime(f))
os.utime(f, ns=(5 * 10**9, 7 * 10**9))
s = os.stat(f)
print(s.st_atime_ns, s.st_mtime_ns)
os.utime(f)
print(os.stat(f).st_mtime > 1.6e9)
try:
    os.utime(f, (1, 2), ns=(1, 2))
except ValueError as e:
    print('ValueError', e)
try:
    os.utime(d + '/missing', (1, 2))
except FileNotFoundError as e:
    print('FileNotFoundError')
_ostmp.cleanup(d)
