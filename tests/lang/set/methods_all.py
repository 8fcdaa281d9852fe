# every set method and in-place operator, with errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = {1, 2, 3}
s.add(4), s.discard(9), s.discard(1), s, s.remove(2), s, s.pop() in (3, 4), len(s)
s.remove(99)
set().pop()
s = {1, 2, 3}; s.update([4], (5,), 'a'); sorted(map(str, s))
s = {1, 2, 3}; s.intersection_update([2, 3, 4], {3}); s
s = {1, 2, 3}; s.difference_update([1], [2]); s
s = {1, 2, 3}; s.symmetric_difference_update([3, 4]); s
s = {1, 2, 3}; s |= {9}; s &= {1, 9, 2}; s -= {2}; s ^= {5}; s
s |= [1]
s.union([1], (2,), 'x') >= {1, 2}, {1, 2}.intersection([2], {2, 3}), {1, 2}.difference(), {1, 2}.difference([1], [2]), {1}.symmetric_difference([1, 2])
{1}.symmetric_difference([1], [2])
{1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2]), {1}.isdisjoint(iter([1])), set().issubset([]), {1}.issubset(x for x in [1])
{1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2} > {1}, {1} == frozenset([1]), {1} != {2}
{1} <= [1]
{1} | [1]
{1} & 'a'
set([1]).add([])
{[]}
s = {1}; s.copy() == s, s.copy() is s, s.clear(), s
set(), set('aab') == {'a', 'b'}, set(range(3)), set({1: 2}), set(iter([]))
set(1)
set([], [])
s = {1, 2}
for x in s: s.add(x + 10)
s = {1, 2}
for x in s: s.discard(x)
''')
