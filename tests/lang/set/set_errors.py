# set and frozenset method argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
set().add()
set().add(1, 2)
set().remove([])
set().discard([])
{1}.union(5)
{1}.intersection(5)
{1}.issubset(5)
{1}.isdisjoint(5)
frozenset().union(1)
{1} - [1]
{1} ^ 5
{1} < 5
{1}.update(5)
{1}.difference_update(5)
[] in {1}
{1}.pop(1)
frozenset([1]).remove(1)
frozenset([1]).discard(1)
frozenset.union()
set.add(frozenset(), 1)
''')
