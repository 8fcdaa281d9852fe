# Selector.select's timeout: 0, negative, small waits and None when ready;
# the underlying objects' fileno() and closing.
import os
import selectors
import time
from _selecttools import Pipes

for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector]:
    p = Pipes()
    r, w = p.ends[0]
    sel = cls()
    sel.register(r, selectors.EVENT_READ)
    start = time.monotonic()
    print(cls.__name__, sel.select(0), sel.select(-1), sel.select(0.0))
    print(sel.select(0.03), time.monotonic() - start >= 0.02)
    os.write(w, b'x')
    print(len(sel.select()), len(sel.select(None)), len(sel.select(timeout=5)))
    print(isinstance(sel.fileno() if hasattr(sel, 'fileno') else 0, int))
    sel.close()
    sel.close()
    p.close()
