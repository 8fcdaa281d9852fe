# select.select's timeout: ints, floats and None when something is ready (a
# regular file always is), and waits on empty lists that really wait.
import select
import time
from _selecttools import Files

p = Files('select_timeout')
f0, f1 = p.fds
for t in [0, 0.0, 0.001, False, True]:
    print(repr(t), select.select([f0], [f1], [], t) == ([f0], [f1], []))
print(select.select([f0], [], [], None) == ([f0], [], []))
print(select.select([], [f1], []) == ([], [f1], []))

class Index:
    def __index__(self):
        return 0

print(select.select([], [f1], [], Index()) == ([], [f1], []))
for t in [0.05, 0.02]:
    start = time.monotonic()
    res = select.select([], [], [], t)
    elapsed = time.monotonic() - start
    print(res, elapsed >= t * 0.8, elapsed < 5)
print(select.select([], [], [], -0.0), select.select([], [], [], 0))
p.close()
