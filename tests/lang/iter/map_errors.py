# map argument errors and errors from the function
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
map(str)
map()
map(str, 5)
list(map(5, [1]))
list(map(int, ['x']))
list(map(lambda a, b: a, [1]))
map(str, [1], foo=2)
''')
