# select.select over a pipe: readiness before and after a write, after the
# writer closes; the lists returned hold the objects given, in their order.
import os
import select
from _selecttools import Pipes, FileNo

p = Pipes(2)
(r, w), (r1, w1) = p.ends

def names(res):
    return [[p.name(x) if isinstance(x, int) else type(x).__name__ for x in lst] for lst in res]

print(names(select.select([r], [w], [], 0)))
print(names(select.select([r, r1], [], [], 0)))
os.write(w, b'data')
print(names(select.select([r, r1], [w, w1], [], 0)))
# the objects come back as given: duplicates, fileno() objects, a tuple and a dict
fr = FileNo(r)
res = select.select([fr, r, r], (w,), {w1: 'x'}.keys(), 0)
print(res[0][0] is fr, names(res))
print(type(res).__name__, [type(x).__name__ for x in res])
print(names(select.select(iter([r1, r]), [], [], 0)))
print(os.read(r, 100))
print(names(select.select([r], [], [], 0)))
# a closed writer makes the reader readable (end of file)
os.close(w1)
print(names(select.select([r1], [], [], 0)), os.read(r1, 10))
# nothing to watch at all
print(select.select([], [], [], 0))
p.close()
