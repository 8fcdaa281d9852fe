# select.poll's errors: unknown descriptors, bad masks, argument counts.
import os
import select
from _selecttools import attempt, Files, FileNo

p = Files('poll_errors')
r, w = p.fds
po = select.poll()
po.register(r)
for label, fn, fd in [('unregister unknown', lambda: po.unregister(w), w),
                      ('unregister via fileno', lambda: po.unregister(FileNo(w)), w),
                      ('unregister twice', lambda: (po.unregister(r), po.unregister(r)), r)]:
    try:
        fn()
    except KeyError as e:
        print(label, 'KeyError', e.args[0] == fd, type(e.args[0]).__name__)
attempt('modify unknown', lambda: po.modify(w, select.POLLIN))
try:
    po.modify(w, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e.errno == 2)
attempt('register negative', lambda: po.register(-1))
attempt('register str', lambda: po.register('x'))
attempt('register fileno str', lambda: po.register(FileNo('3')))
attempt('mask negative', lambda: po.register(r, -1))
attempt('mask 2**16', lambda: po.register(r, 2**16))
attempt('mask 2**100', lambda: po.register(r, 2**100))
attempt('mask -2**100', lambda: po.register(r, -2**100))
attempt('mask str', lambda: po.register(r, 'x'))
attempt('mask float', lambda: po.register(r, 1.0))

class Index:
    def __index__(self):
        return 1

attempt('mask __index__', lambda: po.register(r, Index()))
attempt('modify mask negative', lambda: po.modify(r, -1))
attempt('register no args', lambda: po.register())
attempt('register 3 args', lambda: po.register(r, 1, 2))
attempt('register keywords', lambda: po.register(fd=r))
attempt('modify 1 arg', lambda: po.modify(r))
attempt('modify 3 args', lambda: po.modify(r, 1, 2))
attempt('unregister no args', lambda: po.unregister())
attempt('unregister 2 args', lambda: po.unregister(1, 2))
attempt('poll 2 args', lambda: po.poll(0, 1))
attempt('poll keywords', lambda: po.poll(timeout=0))
attempt('select.poll(1)', lambda: select.poll(1))
attempt('type(poll)()', lambda: type(po)())
attempt('subclass', lambda: type('P', (type(po),), {}))
p.close()
