# remove/unlink/rmdir and the errors CPython raises for each case.
import os
import _ostmp
d = _ostmp.fresh('remove')
_ostmp.write(d + '/f', '')
os.mkdir(d + '/full')
_ostmp.write(d + '/full/x', '')
os.mkdir(d + '/empty')
cases = [
    ('remove', os.remove, d + '/missing'),
    ('unlink', os.unlink, d + '/empty'),
    ('rmdir', os.rmdir, d + '/full'),
    ('rmdir', os.rmdir, d + '/f'),
    ('rmdir', os.rmdir, d + '/missing'),
]
for name, fn, path in cases:
    try:
        fn(path)
    except OSError as e:
        print(name, type(e).__name__, e.errno, e.strerror, e.filename == path)
os.rmdir(d + '/empty')
os.remove(d + '/f')
os.unlink(d + '/full/x')
os.rmdir(d + '/full')
print(os.listdir(d))
try:
    os.remove('krait_no_such_file')
except OSError as e:
    print(e)
print(issubclass(os.error, Exception), os.error is OSError)
_ostmp.cleanup(d)
