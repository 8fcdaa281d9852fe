# set operations and comparisons on keys() and items() views
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = {1: 'a', 2: 'b', 3: 'c'}
b = {2: 'x', 3: 'c', 4: 'd'}
a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys()
a.items() & b.items(), a.items() - b.items()
a.keys() & {1, 9}, {1, 9} & a.keys(), a.keys() | [7], [7] | a.keys(), a.keys() - (1,), (1, 2, 5) - a.keys()
a.keys() == {1, 2, 3}, a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3}, a.keys() > {1}, a.keys() == [1, 2, 3]
a.items() == {(1, 'a'), (2, 'b'), (3, 'c')}, a.keys().isdisjoint([5, 6]), a.items().isdisjoint(b.items())
a.values() == a.values()
a.keys() & 5
a.keys() | None
a.keys() < 3
''')
