# sorted() on mixed numerics, tuples, strings with keys, and stability
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
sorted([3, 1.5, True, 2**70, -1e100, 0]), sorted(['b', 'A', 'a', 'B']), sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted([(2, 'b'), (1, 'z'), (2, 'a')])
sorted('hello world'.split(), key=lambda w: (-len(w), w)), sorted(range(10), key=lambda v: v % 3), sorted([], key=lambda v: 1/0)
sorted([[3], [1, 2], []]), sorted([b'b', b'a']), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])
sorted([1+1j, 2])
sorted([(1, 2), (1, 'a')])
sorted([3, 2, 1], key=lambda x, y: 0)
sorted(5)
list(reversed(sorted('cab'))), sorted('cab', reverse=True) == sorted('cab')[::-1]
''')
