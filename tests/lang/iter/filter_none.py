# filter with None keeps truthy items; with a function keeps its truthy results
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(filter(None, [0, 1, '', 'a', [], [0], None, 0.0, 2j])), list(filter(None, []))
list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2'))
list(filter(bool, (0, 3)))
filter(None)
filter(None, 5)
list(filter(5, [1]))
filter(None, [], [])
''')
