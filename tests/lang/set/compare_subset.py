# set comparisons are subset tests; set and frozenset compare equal
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a, b = {1, 2}, {1, 2, 3}
a < b, a <= b, b > a, b >= a, a < a, a <= a, a == b, a != b
{1, 2} == frozenset({1, 2}), frozenset() == set(), {1} < frozenset({1, 2})
a.issubset([1, 2, 5]), a.issuperset((1,)), a.isdisjoint([3, 4]), a.isdisjoint(x for x in [2]), a.issubset('ab')
{1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}
{1} < [1]
{1} <= None
a.issubset(5)
a.isdisjoint(None)
{1} == [1]
''')
