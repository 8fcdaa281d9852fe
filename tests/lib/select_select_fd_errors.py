# select.select's descriptor errors: types, fileno() results, ranges, closed fds.
import os
import select
from _selecttools import attempt, Files, FileNo

p = Files('fd_errors')
r, w = p.fds
attempt('str', lambda: select.select(['x'], [], [], 0))
attempt('float', lambda: select.select([1.5], [], [], 0))
attempt('object', lambda: select.select([], [object()], [], 0))
attempt('None', lambda: select.select([], [], [None], 0))
attempt('negative', lambda: select.select([-1], [], [], 0))
attempt('huge', lambda: select.select([2**40], [], [], 0))
attempt('past FD_SETSIZE', lambda: select.select([99999], [], [], 0))
attempt('fileno str', lambda: select.select([FileNo('a')], [], [], 0))
attempt('fileno float', lambda: select.select([FileNo(3.0)], [], [], 0))
attempt('fileno negative', lambda: select.select([FileNo(-3)], [], [], 0))
attempt('fileno huge', lambda: select.select([FileNo(2**33)], [], [], 0))

class Raises:
    def fileno(self):
        raise RuntimeError('no descriptor')

class NotCallable:
    fileno = 5

attempt('fileno raises', lambda: select.select([Raises()], [], [], 0))
attempt('fileno not callable', lambda: select.select([NotCallable()], [], [], 0))

class Index:
    def __index__(self):
        return r

attempt('__index__ only', lambda: select.select([Index()], [], [], 0))
# a bad entry after a good one still fails the whole call
attempt('good then bad', lambda: select.select([r, 'x'], [], [], 0))
os.close(w)
try:
    select.select([], [w], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno == 9, e.strerror)
p.close()
