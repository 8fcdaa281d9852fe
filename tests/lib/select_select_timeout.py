# select.select's timeout: ints, floats, None when something is ready, and a
# short wait that really waits.
import os
import select
import time
from _selecttools import Pipes

p = Pipes()
r, w = p.ends[0]
for t in [0, 0.0, 0.001, False, True and 0]:
    print(repr(t), select.select([r], [], [], t) == ([], [], []))
os.write(w, b'x')
print(select.select([r], [], [], None) == ([r], [], []))
print(select.select([r], [], []) == ([r], [], []))
print(select.select([r], [], [], 5) == ([r], [], []))

class Index:
    def __index__(self):
        return 0

print(select.select([], [w], [], Index()) == ([], [w], []))
os.read(r, 1)
start = time.monotonic()
res = select.select([r], [], [], 0.05)
elapsed = time.monotonic() - start
print(res, elapsed >= 0.04, elapsed < 5)
print(select.select([r], [], [], -0.0))
p.close()
