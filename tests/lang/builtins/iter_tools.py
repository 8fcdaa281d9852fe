# enumerate, zip(strict=), map, filter, reversed and iter(callable, sentinel)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(enumerate('ab')), list(enumerate('ab', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 2**70)), list(enumerate('ab', 2**63 - 1))
enumerate('a', 1.5)
enumerate()
enumerate(5)
list(zip()), list(zip('ab', 'xyz')), list(zip('ab', [1, 2], strict=True)), list(zip('a', strict=False)), list(zip(*[(1, 2), (3, 4)]))
list(zip('ab', 'xyz', strict=True))
list(zip('abc', 'xy', strict=True))
list(zip('ab', 'xy', 'z', strict=True))
zip(5)
zip('a', bogus=1)
list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, 'ab', 'xyz')), list(map(str, []))
map(abs)
list(map(5, [1]))
list(filter(None, [0, 1, '', 'a', [], None])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(bool, []))
filter(None, 5)
filter(None)
list(reversed([1, 2])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({1: 2, 3: 4}))
reversed({1, 2})
reversed(5)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
list(reversed(Seq())), list(iter(Seq())) if False else 0
n = [0]
def f():
    n[0] += 1
    return n[0]
list(iter(f, 4))
iter(f, 4, 5)
iter(5, 1)
iter(5)
next(iter([]), 'default'), next(iter([1])), next(iter('a'), None)
next(iter([]))
next([1])
it = iter([1, 2, 3]); next(it); list(it), list(it)
e = enumerate('abc'); next(e), list(e), type(e).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(reversed([])).__name__, type(iter(f, 1)).__name__
''')
