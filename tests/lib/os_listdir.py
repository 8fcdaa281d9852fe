# os.listdir on str, bytes and PathLike paths, and its errors.
import os
import _ostmp
d = _ostmp.fresh('listdir')
for name in ['b.txt', 'a.txt', 'dir', '.hidden', 'ünï']:
    if name == 'dir':
        os.mkdir(os.path.join(d, name))
    else:
        _ostmp.write(os.path.join(d, name), name)
print(sorted(os.listdir(d)))
print(sorted(os.listdir(d.encode())))
class P:
    def __fspath__(self):
        return d
print(sorted(os.listdir(P())))
print(os.listdir(os.path.join(d, 'dir')))
old = os.getcwd()
os.chdir(d)
print(sorted(os.listdir()), sorted(os.listdir('.')), sorted(os.listdir(None)))
os.chdir(old)
for bad in [d + '/missing', d + '/b.txt']:
    try:
        os.listdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(3.5)
except TypeError as e:
    print('TypeError', e)
_ostmp.cleanup(d)
