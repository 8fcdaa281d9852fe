# _collections.deque: indexing, rotate, reverse, count, index, remove, insert, del
from _collections import deque

d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate()
print(d)
d.rotate(103)
print(d)
d.rotate(0)
print(d)
d.reverse()
print(d)
d = deque(range(200))
d.rotate(77)
print(d[0], d[-1], d[100])
d.reverse()
print(d[0], d[-1], d[100], list(d)[:5])
d = deque('abcabca')
print(d.count('a'), d.count('z'), d.index('b'), d.index('c', 3), d.index('a', -3), d.index('b', 1, 5))
d.remove('b')
print(d)
d[0] = 'Z'
d[-1] = 'Y'
print(d)
del d[1]
print(d)
del d[-1]
print(d)
d.insert(1, 'I')
d.insert(-1, 'J')
d.insert(100, 'END')
d.insert(-100, 'START')
print(d)
print('c' in d, 'q' in d, d[True])
d = deque([1, 2, 3], 3)
try:
    d.insert(0, 0)
except IndexError as e:
    print('IndexError', e)
errs = [lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1, 2, 3]).index(2, 0, 1),
        lambda: deque([1])[5], lambda: deque([1])[-2], lambda: deque([1])['a'], lambda: deque([1, 2, 3])[1:2],
        lambda: deque([1, 2]).rotate('a'), lambda: deque([1, 2]).rotate(1, 2), lambda: deque([1, 2]).count(),
        lambda: deque([1]).index(), lambda: deque([1]).insert(1), lambda: deque([1]).insert('a', 1),
        lambda: deque([1]).__setitem__(3, 1), lambda: deque([1]).__delitem__(3)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Eq:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False
d = deque([1, 2])
d.append(Eq(d))
d.append(3)
for f in (lambda: d.count(3), lambda: d.index(3), lambda: 3 in d, lambda: d.remove(3)):
    try:
        print(f())
    except RuntimeError as e:
        print('RuntimeError', e)
