# list comparisons: lexicographic, then length; mixed item types raise TypeError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] <= [1, 2], [1] == [1.0]
[1, 'a'] < [1, 'b'], [1, 2] == [1, 'a'], [1, 2] != [1, 'a']
[1, 2] < [1, 'a']
[1] < ['a']
['a'] >= [1]
[1] < (1,)
[1] <= None
[None] > [None]
''')
