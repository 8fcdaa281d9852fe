# list() constructor: iterables, and wrong arguments
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(), list('ab'), list({1: 2}), list(range(3)), list(x * 2 for x in (1, 2))
list(5)
list(1, 2)
list(None)
list(iterable=[1])
list.__new__(list, 1, 2)
''')
