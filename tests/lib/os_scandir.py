# os.scandir: DirEntry attributes and methods, the context manager.
import os
import _ostmp
d = _ostmp.fresh('scandir')
_ostmp.write(d + '/file', 'abc')
os.mkdir(d + '/sub')
with os.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink())
    print(e.stat().st_size if e.is_file() else 'dir', isinstance(e.inode(), int), os.fspath(e) == e.path)
print(type(entries[0]).__name__)
it = os.scandir(d)
print(iter(it) is it)
names = sorted(e.name for e in it)
print(names)
it.close()
it.close()
be = sorted(os.scandir(d.encode()), key=lambda e: e.name)
print([e.name for e in be], type(be[0].path).__name__)
old = os.getcwd()
os.chdir(d)
print(sorted((e.name, e.path) for e in os.scandir()))
os.chdir(old)
try:
    os.scandir(d + '/nope')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError')
_ostmp.cleanup(d)
