# select() and poll() on a regular file: always ready to read and write.
import os
import select
import _ostmp

d = _ostmp.fresh('select_file')
path = d + '/data'
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
os.write(fd, b'hello')
with open(path, 'rb') as f:
    print(select.select([f], [fd], [], 0) == ([f], [fd], []))
    po = select.poll()
    po.register(f, select.POLLIN)
    po.register(fd, select.POLLOUT)
    res = po.poll(0)
    print(sorted((fd_ == fd, bool(ev & select.POLLIN), bool(ev & select.POLLOUT)) for fd_, ev in res))
    print(f.read())
    print(select.select([f], [], [], 0)[0] == [f])
os.close(fd)
_ostmp.cleanup(d)
