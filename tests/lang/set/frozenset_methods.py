# frozenset methods return frozensets; subclasses and copy
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
f = frozenset({1, 2, 3})
f.copy() is f, f | {4}, f & {1, 5}, f - {1}, f ^ {3, 4}, type(f | {4}).__name__, type({4} | f).__name__
f.union([9]), f.intersection([1]), f.difference([2]), f.symmetric_difference([3]), f.isdisjoint({7})
class F(frozenset): pass
g = F([1]); type(g.copy()).__name__, type(g | {2}).__name__, g == frozenset({1}), repr(g)
frozenset(), frozenset(frozenset([1])) is not None, frozenset('aab') == {'a', 'b'}
f.add(1)
f.discard(1)
f.clear()
f |= 5
''')
