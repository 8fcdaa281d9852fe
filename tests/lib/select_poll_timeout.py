# select.poll().poll's timeout in milliseconds: ints, floats, None and negative
# values (forever) when something is ready, and the conversion errors.
import os
import select
import time
from _selecttools import attempt, Pipes

p = Pipes()
r, w = p.ends[0]
po = select.poll()
po.register(r, select.POLLIN)
for t in [0, 0.0, 0.4, 1, True]:
    print(repr(t), po.poll(t))
start = time.monotonic()
print(po.poll(50), time.monotonic() - start >= 0.04)
os.write(w, b'x')
for t in [None, -1, -5, -0.5, 10**6]:
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
