# enumerate argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
enumerate()
enumerate(5)
enumerate('a', 'b')
enumerate('a', 1.5)
enumerate('a', 1, 2)
enumerate('a', foo=1)
enumerate(None)
''')
