# get/set_inheritable, get/set_blocking, isatty, dup and pipe (POSIX hosts).
import os
import _ostmp
d = _ostmp.fresh('fdflags')
fd = os.open(d + '/f', os.O_RDWR | os.O_CREAT)
print(os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
os.set_inheritable(fd, True)
print(os.get_inheritable(fd))
os.set_blocking(fd, False)
print(os.get_blocking(fd))
os.set_blocking(fd, True)
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
os.write(fd2, b'via dup')
os.lseek(fd, 0, 0)
print(os.read(fd, 20))
r, w = os.pipe()
os.write(w, b'pipe!')
print(os.read(r, 10), os.get_inheritable(r))
fd3 = os.dup2(r, fd2)
print(fd3 == fd2, os.get_inheritable(fd2))
for x in (fd, fd2, r, w):
    os.close(x)
try:
    os.get_inheritable(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
_ostmp.cleanup(d)
