# exists/isfile/isdir/islink/lexists/getsize on real files.
import os
import _ostmp
d = _ostmp.fresh('exists')
f = os.path.join(d, 'f.txt')
_ostmp.write(f, 'hello')
os.mkdir(os.path.join(d, 'sub'))
for name in ['f.txt', 'sub', 'missing', '']:
    q = os.path.join(d, name)
    print(repr(name), os.path.exists(q), os.path.isfile(q), os.path.isdir(q), os.path.islink(q), os.path.lexists(q))
print(os.path.getsize(f))
try:
    os.path.getsize(os.path.join(d, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
print(os.path.exists('bad\0path'), os.path.isfile(b'/tmp'), os.path.isdir(b'/tmp'))
_ostmp.cleanup(d)
