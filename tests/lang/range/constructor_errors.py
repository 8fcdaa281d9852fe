# range() argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
range(1, 5, 0)
range(1.0)
range('a')
range(1, 2.5)
range()
range(1, 2, 3, 4)
range(None)
range(stop=5)
class I:
    def __index__(self): return 4
range(I()), range(I(), 10, I())
''')
