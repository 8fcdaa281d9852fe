# iter() argument errors and errors raised by the callable
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
iter(5, 1)
iter(None, None)
iter(5)
iter()
iter(1, 2, 3)
def h(): raise ValueError('boom')
list(iter(h, 1))
iter([], sentinel=1)
''')
