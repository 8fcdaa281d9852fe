# list.index with start and stop (negative, clamped) and its ValueError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [5, 6, 7, 5, 6]
a.index(5), a.index(5, 1), a.index(6, -2), a.index(5, -100), a.index(7, 0, 3)
a.index(5, 1, 3)
[1, 2].index(5)
[].index('x')
a.index(5, 'a')
a.index(6, 0, 10**30)
a.index()
''')
