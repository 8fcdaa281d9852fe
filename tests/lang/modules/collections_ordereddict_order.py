# _collections.OrderedDict: LRU and FIFO patterns at scale stay ordered and linear
from _collections import OrderedDict as OD

lru = OD()
hits = 0
for i in range(20000):
    k = (i * 7) % 150
    if k in lru:
        lru.move_to_end(k)
        hits += 1
    else:
        lru[k] = i
        if len(lru) > 100:
            lru.popitem(last=False)
print(len(lru), hits, list(lru)[:5], list(lru)[-3:])
fifo = OD((i, i * i) for i in range(30000))
total = 0
while fifo:
    k, v = fifo.popitem(last=False)
    total += v
print(total, len(fifo))
stack = OD.fromkeys(range(30000))
while stack:
    stack.popitem()
print(len(stack))
o = OD.fromkeys('abcdef')
for ch in 'fedcba':
    o.move_to_end(ch, last=False)
print(''.join(o))
for ch in 'abc':
    o.move_to_end(ch)
print(''.join(o), ''.join(reversed(o)))
o = OD.fromkeys(range(10))
for i in range(0, 10, 2):
    del o[i]
o.move_to_end(9, last=False)
print(list(o), o.popitem(False), o.popitem(True))
