# dict __missing__, | and |= merging, comparisons and subclass behaviour
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class M(dict):
    def __missing__(self, k): return k * 2
m = M(a=1)
m['a'], m['zz'], m.get('zz'), 'zz' in m, m
class N(dict):
    __missing__ = None
N()['x']
class O(dict):
    def __missing__(self, k): raise KeyError('custom', k)
O()['x']
{'a': 1} | {'b': 2}, {'a': 1} | {'a': 3}, type(M() | {}).__name__
d = {'a': 1}; d |= {'b': 2}; d |= [('c', 3)]; d
{} | []
d |= 5
{1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {}, {1: [1]} == {1: [1]}
{} < {}
hash({})
repr({1: 'a', 'b': (2,)}), str({'é': 1}), repr(M(x=1))
d = {}; d[d] = 1
d = {'x': 1}; d.__setitem__('y', 2), d.__delitem__('x'), d, d.__iter__().__next__()
iter({}).__length_hint__() if hasattr(iter({}), '__length_hint__') else 0
''')
