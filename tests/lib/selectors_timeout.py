# Selector.select's timeout: 0, negative and small waits with nothing
# registered, None and timeouts when a regular file (always ready) is;
# closing twice. Regular files only, which every host can poll (not epoll).
import selectors
import time
from _selecttools import Files

for label, cls in [('select', selectors.SelectSelector), ('poll', selectors.PollSelector)]:
    p = Files('selectors_timeout')
    f0, f1 = p.fds
    sel = cls()
    start = time.monotonic()
    print(label, sel.select(0), sel.select(-1), sel.select(0.0))
    print(sel.select(0.03), time.monotonic() - start >= 0.02)
    sel.register(f0, selectors.EVENT_READ, 'first')
    sel.register(f1, selectors.EVENT_READ | selectors.EVENT_WRITE)
    for t in [None, 0, -1, 5]:
        print(repr(t), sorted((p.name(k.fd), ev, k.data) for k, ev in sel.select(t)))
    print(len(sel.select()), len(sel.select(timeout=0.01)))
    sel.close()
    sel.close()
    p.close()
