# tuple.count and tuple.index (with bounds) and their errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
t = (1, 2, 1, 2.0, True)
t.count(1), t.count(2), t.count('x'), t.index(2), t.index(1, 1), t.index(2, -2), t.index(1, 0, 1)
t.index(3)
t.index(1, 1, 2)
t.index(1, None)
t.index(1, 'x')
t.count()
().index(0)
''')
