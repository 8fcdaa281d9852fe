# set.update / intersection_update / difference_update / symmetric_difference_update with several iterables
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
s = {1, 2}
s.update([3], (4, 5), 'a'), s
s.intersection_update([1, 2, 3, 'a', 9], {1, 2, 'a'}), s
s.difference_update([1], {2}), s
s.symmetric_difference_update(['a', 'b']), s
s.update(), s.intersection_update(), s
t = {1, 2, 3}
t.union([4], [5]), t.intersection([1, 2], (2, 3)), t.difference([1], [2]), t.symmetric_difference([3, 4])
t.union(), t.intersection(), t.difference(), type(frozenset([1]).union([2])).__name__
t.update(5)
t.symmetric_difference_update([1], [2])
t.union(1)
''')
