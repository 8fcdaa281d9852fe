# selectors' errors: bad file objects and events, double registration,
# unknown keys and a closed selector.
import os
import selectors
from _selecttools import attempt, Pipes, FileNo

p = Pipes()
r, w = p.ends[0]
for cls in [selectors.SelectSelector, selectors.PollSelector, selectors.DefaultSelector]:
    print(cls.__name__)
    sel = cls()
    sel.register(r, selectors.EVENT_READ)
    attempt(' events 0', lambda: sel.register(w, 0))
    attempt(' events 4', lambda: sel.register(w, 4))
    attempt(' twice', lambda: sel.register(r, selectors.EVENT_READ) and None)
    attempt(' negative fd', lambda: sel.register(-1, selectors.EVENT_READ))
    attempt(' str', lambda: sel.register('x', selectors.EVENT_READ))
    attempt(' fileno str', lambda: sel.register(FileNo('x'), selectors.EVENT_READ))
    attempt(' unregister unknown', lambda: sel.unregister(w))
    attempt(' modify unknown', lambda: sel.modify(w, selectors.EVENT_READ))
    attempt(' modify events 0', lambda: sel.modify(r, 0))
    attempt(' get_key unknown', lambda: sel.get_key(w))
    attempt(' map lookup', lambda: sel.get_map()[w])
    sel.close()
    attempt(' get_key closed', lambda: sel.get_key(r))
    print(' map after close', sel.get_map())
p.close()
