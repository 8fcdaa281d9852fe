# slice.indices() and slice() argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
slice(None, None, 0).indices(5)
slice(1, 2).indices(-1)
slice('a').indices(5)
slice(1, 2, 'x').indices(5)
slice(1).indices()
slice(1).indices(1.5)
slice()
slice(1, 2, 3, 4)
hash(slice(1))
slice(1).start = 2
''')
