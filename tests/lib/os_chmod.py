# os.chmod and os.umask change permission bits.
import os
import stat
import _ostmp
d = _ostmp.fresh('chmod')
f = d + '/f'
_ostmp.write(f, '')
os.chmod(f, 0o600)
print(oct(stat.S_IMODE(os.stat(f).st_mode)))
os.chmod(f, 0o755)
print(oct(stat.S_IMODE(os.stat(f).st_mode)), os.access(f, os.X_OK))
old = os.umask(0o077)
os.mkdir(d + '/m', 0o777)
print(oct(stat.S_IMODE(os.stat(d + '/m').st_mode)), os.umask(old) == 0o077)
try:
    os.chmod(d + '/missing', 0o644)
except FileNotFoundError as e:
    print('FileNotFoundError')
_ostmp.cleanup(d)
