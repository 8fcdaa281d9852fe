# select.poll: register, modify and unregister over pipes; poll() reports
# (fd, events) pairs in registration order.
import os
import select
from _selecttools import Pipes, FileNo

p = Pipes(2)
(r, w), (r1, w1) = p.ends
IN, OUT = select.POLLIN, select.POLLOUT

def show(events):
    return [(p.name(fd), ('IN' if ev & IN else '') + ('OUT' if ev & OUT else '')) for fd, ev in events]

po = select.poll()
print(type(po).__name__, type(po).__module__)
print(po.register(r), po.register(w, OUT))
print(show(po.poll(0)))
os.write(w, b'abc')
print(show(po.poll(0)))
po.modify(w, IN)          # a write end is never readable
print(show(po.poll(0)))
po.register(FileNo(r1), IN | OUT)
po.register(w1, OUT)
print(show(po.poll(0)))
po.unregister(r)
print(show(po.poll(0)))
po.register(r, IN)        # re-registering puts it last
print(show(po.poll(0)))
po.register(r, OUT)       # registering again replaces the mask
print(show(po.poll(0)))
po.unregister(FileNo(w1))
print(show(po.poll(0)))
print(os.read(r, 10), show(po.poll(0)))
# the default mask watches input and output
po2 = select.poll()
po2.register(w)
print(show(po2.poll(0)))
print(select.poll().poll(0))
# poll objects are independent
print(show(po2.poll(0)), show(po.poll(0)))
p.close()
