# selectors over os.pipe(): SelectSelector, PollSelector and EpollSelector
# (DefaultSelector on Linux) register, select, modify and unregister alike.
import os
import selectors
from _selecttools import Pipes

R, W = selectors.EVENT_READ, selectors.EVENT_WRITE
print(selectors.DefaultSelector.__name__)
for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector, selectors.DefaultSelector]:
    p = Pipes()
    r, w = p.ends[0]
    with cls() as sel:
        key = sel.register(r, R, data='reader')
        print(cls.__name__, key.fileobj == r, key.fd == r, key.events, key.data, sel.select(0))
        sel.register(w, W)
        print([(p.name(k.fd), ev) for k, ev in sel.select(0)])
        os.write(w, b'hi')
        print(sorted((p.name(k.fd), ev, k.data) for k, ev in sel.select(0.01)))
        key = sel.modify(w, R | W, data=5)
        print(key.events, sel.get_key(w).data, len(sel.get_map()), w in sel.get_map())
        sel.modify(r, R, data='again')
        print(sel.get_key(r).data)
        print(p.name(sel.unregister(w).fd), sorted(p.name(fd) for fd in sel.get_map()))
        print(os.read(r, 10), sel.select(0))
        os.close(w)
        print([(p.name(k.fd), ev) for k, ev in sel.select(None)])
    print(sel.get_map())
    p.close()
