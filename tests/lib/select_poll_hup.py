# poll() reports a closed peer (POLLHUP on the read end, POLLERR on the write
# end) and a descriptor that is not open (POLLNVAL), whatever the mask asked.
import os
import select
from _selecttools import Pipes

p = Pipes(2)
(r, w), (r1, w1) = p.ends
os.close(w)
os.close(r1)
po = select.poll()
po.register(r, select.POLLIN)
po.register(w1, select.POLLOUT)
[(fd0, ev0), (fd1, ev1)] = po.poll(0)
print(fd0 == r, bool(ev0 & select.POLLHUP), bool(ev0 & select.POLLIN))
print(fd1 == w1, bool(ev1 & select.POLLERR))
po2 = select.poll()
po2.register(w, select.POLLIN)   # w is closed
[(fd2, ev2)] = po2.poll(0)
print(fd2 == w, ev2 == select.POLLNVAL)
po2.register(r, 0)               # nothing asked: a hang-up is still reported
print([(fd == r, bool(ev & select.POLLHUP)) for fd, ev in po2.poll(0) if fd == r])
p.close()
