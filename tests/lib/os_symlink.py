# os.symlink / readlink / lstat and os.path.islink, realpath.
import os
import stat
import _ostmp
d = _ostmp.fresh('symlink')
_ostmp.write(d + '/target', 'T')
os.symlink('target', d + '/link')
os.symlink('nowhere', d + '/dangling')
print(os.readlink(d + '/link'), os.readlink((d + '/link').encode()))
print(os.path.islink(d + '/link'), os.path.isfile(d + '/link'), os.path.exists(d + '/dangling'), os.path.lexists(d + '/dangling'))
print(stat.S_ISLNK(os.lstat(d + '/link').st_mode), stat.S_ISREG(os.stat(d + '/link').st_mode))
print(os.stat(d + '/link', follow_symlinks=False).st_mode == os.lstat(d + '/link').st_mode)
print(open(d + '/link').read(), os.path.realpath(d + '/link') == os.path.realpath(d + '/target'))
ents = {e.name: (e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False)) for e in os.scandir(d)}
print(sorted(ents.items()))
try:
    os.readlink(d + '/target')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.symlink('x', d + '/link')
except FileExistsError as e:
    print('FileExistsError', e.filename == 'x', e.filename2 == d + '/link')
os.unlink(d + '/link')
print(os.path.exists(d + '/target'), sorted(os.listdir(d)))
_ostmp.cleanup(d)
