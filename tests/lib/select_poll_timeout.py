# select.poll().poll's timeout in milliseconds: ints, floats, None and negative
# values (forever) when something is ready (a regular file always is), real
# waits with nothing registered, and the conversion errors.
import select
import time
from _selecttools import attempt, Files

p = Files('poll_timeout', 1)
f0 = p.fds[0]
empty = select.poll()
for t in [0, 0.0, 0.4, 1, True]:
    print(repr(t), empty.poll(t))
start = time.monotonic()
print(empty.poll(50), time.monotonic() - start >= 0.04)
po = select.poll()
po.register(f0, select.POLLIN)
for t in [None, -1, -5, -0.5, 0, 10**6]:
    print(repr(t), len(po.poll(t)))
print(len(po.poll()))
attempt('str', lambda: po.poll('1'))
attempt('complex', lambda: po.poll(1j))
attempt('nan', lambda: po.poll(float('nan')))
attempt('inf', lambda: po.poll(float('inf')))
attempt('1e100', lambda: po.poll(1e100))
attempt('2**31', lambda: po.poll(2**31))
attempt('-2**31-1', lambda: po.poll(-2**31 - 1))
attempt('2**70', lambda: po.poll(2**70))
attempt('2**31-0.5', lambda: po.poll(2**31 - 0.5))
p.close()
