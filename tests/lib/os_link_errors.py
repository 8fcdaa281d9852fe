# os.link's errors: an existing target, a missing source, a directory source,
# and a link count that follows links and unlinks.
import os
import _ostmp
d = _ostmp.fresh('link_errors')
_ostmp.write(d + '/a', 'data')
os.link(d + '/a', d + '/b')
os.link(d + '/b', d + '/c')
print(os.stat(d + '/a').st_nlink, os.stat(d + '/a').st_ino == os.stat(d + '/c').st_ino)
for src, dst in [(d + '/a', d + '/b'), (d + '/missing', d + '/x'), (d, d + '/dirlink'), (d + '/a', d + '/no/x')]:
    try:
        os.link(src, dst)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == src, e.filename2 == dst)
os.unlink(d + '/b')
print(os.stat(d + '/c').st_nlink, open(d + '/c').read())
_ostmp.cleanup(d)
