# frozenset hashing, set repr order of ints, mixed set/frozenset results
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
frozenset(), frozenset([1, 2]), hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(['a'])) if False else 0, hash(frozenset([(1, 2), 3])), hash(frozenset([-1, -2]))
{5, 3, 1, 100, 33, 17, 64}, {-1, -2, 8, 16, 0}, set(range(20, 0, -3)), {2**40, 1, 2**33}, set([1000, 10, 100, 0]), {0.5, 1.5, 2.0}
frozenset([1]) | {2}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, type(frozenset([1]).copy()).__name__, frozenset([1]).copy() is frozenset([1]) if False else 0
f = frozenset([1, 2]); {f: 'x'}[frozenset([2, 1])], f in {f}, {1, 2} in {f}, frozenset({1, 2}) == {2, 1}
{1, 2} in {1}
frozenset([1]).add(2)
hash({1})
repr(set()), repr(frozenset()), repr({frozenset([1])}), str({'a'}), repr(frozenset({1: 2}))
class FS(frozenset): pass
FS([1]), repr(FS()), type(FS([1]) | {2}).__name__, hash(FS([1, 2])) == hash(frozenset([1, 2]))
s = set(); s.add(s) if False else 0
{1, 1.0, True}, {0, False, 0.0}, len({1, 'a', (1,), None, frozenset()})
sorted(set('hello')), min({3, 1}), max(frozenset('ab')), sum({1.5, 2}), len({x % 5 for x in range(100)})
frozenset([[1]])
''')
