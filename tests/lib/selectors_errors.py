# selectors' errors: bad file objects and events, double registration,
# unknown keys and a closed selector (over regular files, which epoll refuses).
import os
import selectors
from _selecttools import attempt, Files, FileNo

p = Files('selectors_errors')
r, w = p.fds
for label, cls in [('select', selectors.SelectSelector), ('poll', selectors.PollSelector)]:
    print(label)
    sel = cls()
    sel.register(r, selectors.EVENT_READ)
    attempt(' events 0', lambda: sel.register(w, 0), p)
    attempt(' events 4', lambda: sel.register(w, 4))
    attempt(' twice', lambda: sel.register(r, selectors.EVENT_READ) and None, p)
    attempt(' negative fd', lambda: sel.register(-1, selectors.EVENT_READ), p)
    attempt(' str', lambda: sel.register('x', selectors.EVENT_READ), p)
    attempt(' fileno str', lambda: sel.register(FileNo('x'), selectors.EVENT_READ), p)
    attempt(' unregister unknown', lambda: sel.unregister(w), p)
    attempt(' modify unknown', lambda: sel.modify(w, selectors.EVENT_READ), p)
    attempt(' modify events 0', lambda: sel.modify(r, 0), p)
    attempt(' get_key unknown', lambda: sel.get_key(w), p)
    attempt(' map lookup', lambda: sel.get_map()[w], p)
    sel.close()
    attempt(' get_key closed', lambda: sel.get_key(r))
    print(' map after close', sel.get_map())
p.close()
