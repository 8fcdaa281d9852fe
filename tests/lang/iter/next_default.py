# next() with a default, and next() on non-iterators
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
it = iter([1])
next(it, 'd'), next(it, 'd'), next(it, None)
next(it)
next([1])
next(5, 0)
next()
next(iter([]), 1, 2)
g = (x for x in [7]); next(g), next(g, 'done')
''')
