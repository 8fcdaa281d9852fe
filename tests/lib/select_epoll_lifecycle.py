# select.epoll's life: close/closed/fileno, fromfd, the context manager, and
# "I/O operation on closed epoll object" for everything after close().
import os
import select
from _selecttools import attempt, Pipes

p = Pipes()
r, w = p.ends[0]
ep = select.epoll()
fd = ep.fileno()
dup = select.epoll.fromfd(os.dup(fd))
print(type(dup).__name__, dup.closed, dup.fileno() != fd)
ep.register(r, select.EPOLLIN)
os.write(w, b'x')
print([ev for f, ev in dup.poll(0) if f == r])   # the same kernel object
dup.close()
print(dup.closed, dup.close(), ep.closed)
ep.close()
print(ep.closed, ep.close())
attempt('fileno', ep.fileno)
attempt('poll', lambda: ep.poll(0))
attempt('poll bad timeout', lambda: ep.poll('x'))
attempt('register', lambda: ep.register(r))
attempt('register bad fd', lambda: ep.register('x'))
attempt('modify', lambda: ep.modify(r, 1))
attempt('unregister', lambda: ep.unregister(r))
attempt('enter', ep.__enter__)
attempt('exit', lambda: ep.__exit__(None, None, None))
with select.epoll() as e2:
    print(e2.closed, e2.__enter__() is e2)
print(e2.closed)
try:
    with select.epoll() as e3:
        raise KeyError('inside')
except KeyError:
    print('KeyError propagated', e3.closed)
e4 = select.epoll(sizehint=10, flags=0)
e5 = select.epoll(5, select.EPOLL_CLOEXEC)
print(e4.closed, e5.closed, e4.fileno() != e5.fileno())
print(e4.__exit__(), e4.closed, e5.__exit__(1, 2, 3), e5.closed)
# fromfd does not check the descriptor; closing it reports nothing
attempt('fromfd unknown', lambda: select.epoll.fromfd(12345).close())
p.close()
