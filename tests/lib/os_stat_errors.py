# stat errors: the OSError subclass, errno, strerror and filename as CPython.
import os
import _ostmp
d = _ostmp.fresh('staterr')
_ostmp.write(d + '/file', '')
for path in [d + '/missing', d + '/file/x', 'nope', b'nope']:
    try:
        os.stat(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == path)
try:
    os.stat('nope')
except OSError as e:
    print(e)
try:
    os.lstat(b'nope')
except OSError as e:
    print(e)
for bad in [None, 1.5, ['x']]:
    try:
        os.stat(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    os.stat('a\0b')
except ValueError as e:
    print('ValueError', e)
_ostmp.cleanup(d)
