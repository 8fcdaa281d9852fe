# Hard links: os.link and st_nlink, os.path.samefile.
import os
import _ostmp
d = _ostmp.fresh('link')
_ostmp.write(d + '/a', 'shared')
os.link(d + '/a', d + '/b')
print(os.stat(d + '/a').st_nlink, open(d + '/b').read(), os.path.samefile(d + '/a', d + '/b'))
print(os.path.samestat(os.stat(d + '/a'), os.stat(d + '/b')))
os.unlink(d + '/a')
print(os.stat(d + '/b').st_nlink, sorted(os.listdir(d)))
try:
    os.link(d + '/missing', d + '/c')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename2 == d + '/c')
_ostmp.cleanup(d)
