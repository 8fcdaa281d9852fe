# list.sort: stability, key, reverse, errors, list modified during sort
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0])
sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True), sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({3: 'x', 1: 'y'})
sorted([1, 'a'])
sorted([None, None]), sorted([None])
sorted([1, None])
sorted([1.5, 1, True, 0.5, False]), sorted([3, 2], key=lambda x: -x), sorted([[2], [1, 5], [1]])
sorted([float('nan'), 1, 0])[1:] if False else 0
a = [3, 2, 1]
def k(x):
    a.append(x)
    return x
a.sort(key=k)
def k2(x): raise KeyError(x)
[2, 1].sort(key=k2)
[1].sort(key=k2)
[].sort(key=k2)
a = [5, 1, 4]; a.sort(reverse=1); a
[1, 2].sort(1)
[1, 2].sort(cmp=1)
sorted()
sorted([], [])
sorted([3, 1], key=None)
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'R%d' % self.v
sorted([R(3), R(1), R(2)]), max([R(3), R(1)]) if False else 0
class L:
    def __lt__(self, o): return NotImplemented
sorted([L(), L()])
lst = list(range(50))[::-1]; lst.sort(key=lambda v: v % 5); lst[:12]
''')
