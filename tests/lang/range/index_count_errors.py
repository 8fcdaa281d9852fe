# range.index / count: value errors and argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
range(10).index(5), range(10, 0, -2).index(4), range(3).index(True)
range(10).index(11)
range(0, 10, 2).index(3)
range(5).index('a')
range(5).index(2.5)
range(5).index()
range(5).index(1, 2)
range(5).count()
''')
