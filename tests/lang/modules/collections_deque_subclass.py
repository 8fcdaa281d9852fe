# _collections.deque subclasses, recursion in repr, GC of cycles
import gc
from _collections import deque

class D(deque):
    def __init__(self, *args, tag='t'):
        super().__init__(*args)
        self.tag = tag
d = D([1, 2, 3], 2, tag='x')
print(d, d.tag, d.maxlen, isinstance(d, deque))
c = d.copy()
print(type(c).__name__, c, c.maxlen)
print(type(d + D([9])).__name__)
class E(deque):
    def __repr__(self):
        return 'E' + super().__repr__()
print(E('ab'), repr(E()))
x = deque()
x.append(x)
print(x)
y = deque([1])
z = deque([y])
y.append(z)
print(y)
class Node:
    pass
gc.collect()
n = Node()
n.q = deque([n])
del n
print(gc.collect() > 0)
q = deque()
q.append(q)
del q
print(gc.collect() > 0)
print(gc.is_tracked(deque()))
print(deque.__module__, deque.__name__, type(iter(deque())).__module__)
match deque([1, 2]):
    case [a, b]:
        print('matched', a, b)
