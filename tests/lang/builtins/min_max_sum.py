# min/max with key/default, sum with start, and their errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
min(3, 1, 2), max(3, 1, 2), min([3, 1]), max('abc'), min([], default=9), max([], default=None), min('bca', key=lambda c: -ord(c)), max([1, 3, 3.0], key=None)
max([(1, 'a'), (1, 'b')]), min([1, 1.0]), max([1.0, 1]), max(1, 2, key=lambda x: -x), min((x for x in [4, 2]), default=0)
min([])
max([])
min()
max(1)
min(1, 2, default=0)
max([1, 2], bogus=1)
max([1, 'a'])
min([1], key=5)
sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum([], 5), sum(range(10**6)), sum([1.5, 2**70]), sum([1, 2.5, 3j]), sum((True, True)), sum([], start=3)
sum(['a', 'b'], '')
sum([b'a'], b'')
sum([bytearray(b'a')], bytearray())
sum(['a'])
sum([1, 'a'])
sum([1], 2, 3)
sum([10**20, -10**20, 1.5]), sum([1e308, 1e308]), sum([float('inf'), -float('inf')]), sum([2**62, 2**62, 2**62])
''')
