# Low-level descriptors: open/write/lseek/read/close, fstat, ftruncate.
import os
import _ostmp
d = _ostmp.fresh('fdio')
f = d + '/data'
fd = os.open(f, os.O_RDWR | os.O_CREAT, 0o644)
print(type(fd).__name__, os.write(fd, b'hello world'))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 5))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.lseek(fd, 0, 0), os.read(fd, 10))
os.fsync(fd)
print(os.isatty(fd), os.get_inheritable(fd))
os.close(fd)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.open(f, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('FileExistsError', e.filename == f)
try:
    os.open(d + '/missing', os.O_RDONLY)
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
fd = os.open(f, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'!!')
os.close(fd)
with open(f, 'rb') as fh:
    print(fh.read())
os.truncate(f, 2)
print(os.path.getsize(f))
_ostmp.cleanup(d)
