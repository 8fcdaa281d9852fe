# dup and dup2 of files and pipes: close-on-exec of each copy, dup2 over an
# open descriptor, a pipe end that outlives its duplicate, status flags that
# can be set and cleared again, and the errors of closed descriptors.
import os
import _ostmp
d = _ostmp.fresh('dup_pipe_flags')
fd = os.open(d + '/f', os.O_RDWR | os.O_CREAT | os.O_TRUNC)
os.write(fd, b'abc')
fd2 = os.dup(fd)
print(os.get_inheritable(fd), os.get_inheritable(fd2), os.lseek(fd2, 0, os.SEEK_CUR))
os.lseek(fd2, 0, 0)
print(os.read(fd2, 10), os.path.getsize(d + '/f'))
r, w = os.pipe()
w2 = os.dup(w)
os.write(w2, b'one ')
os.close(w2)
os.write(w, b'two')
print(os.read(r, 20), os.get_inheritable(r), os.get_inheritable(w))
fd3 = os.dup2(r, fd2)
print(fd3 == fd2, os.get_inheritable(fd3))
os.write(w, b'three')
print(os.read(fd3, 20))
fd4 = os.dup2(fd, fd3, inheritable=False)
print(fd4 == fd3, os.get_inheritable(fd4))
for flag in (False, True, False):
    os.set_blocking(w, flag)
    print('blocking', os.get_blocking(w), end=' ')
    os.set_inheritable(w, not flag)
    print('inheritable', os.get_inheritable(w))
for x in (fd, fd4, r, w):
    os.close(x)
for name, call in [('dup', lambda: os.dup(fd)), ('dup2', lambda: os.dup2(fd, 50)),
                   ('get_inheritable', lambda: os.get_inheritable(fd)), ('set_blocking', lambda: os.set_blocking(fd, True))]:
    try:
        call()
    except OSError as e:
        print(name, type(e).__name__, e.errno)
_ostmp.cleanup(d)
