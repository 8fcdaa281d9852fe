# select.epoll over pipes: register, modify, unregister, level- and
# edge-triggered readiness, maxevents and timeouts.
import os
import select
from _selecttools import Pipes, FileNo

p = Pipes(2)
(r, w), (r1, w1) = p.ends
IN, OUT = select.EPOLLIN, select.EPOLLOUT

def show(events):
    return sorted((p.name(fd), ('IN' if ev & IN else '') + ('OUT' if ev & OUT else '')) for fd, ev in events)

ep = select.epoll()
print(type(ep).__name__, ep.closed, ep.fileno() > 2)
print(ep.register(r), ep.register(w, OUT))
print(show(ep.poll(0)))
os.write(w, b'abc')
print(show(ep.poll(0)), show(ep.poll(0)))     # level-triggered: reported again
print(len(ep.poll(0, 1)), len(ep.poll(timeout=0, maxevents=2)), len(ep.poll(maxevents=1, timeout=0)))
print(ep.modify(w, IN), show(ep.poll(0)))
ep.unregister(w)
ep.register(FileNo(r1), IN)
ep.register(w1, eventmask=OUT)
print(show(ep.poll(0.0)))
ep.unregister(fd=FileNo(w1))
print(show(ep.poll(0)))
# edge-triggered: one report per change
ep.modify(r, IN | select.EPOLLET)
print(show(ep.poll(0)), show(ep.poll(0)))
os.write(w, b'more')
print(show(ep.poll(0)), show(ep.poll(0)))
print(os.read(r, 100))
ep.modify(r, IN)
print(show(ep.poll(0)), show(ep.poll(0.01)), show(ep.poll(-1.5)) if ep.poll(0) else 'empty')
# EPOLLONESHOT: reported once, until modified again
os.write(w, b'x')
ep.modify(r, IN | select.EPOLLONESHOT)
print(show(ep.poll(0)), show(ep.poll(0)))
ep.modify(r, IN)
print(show(ep.poll(None)), show(ep.poll(-1)))
ep.close()
p.close()
