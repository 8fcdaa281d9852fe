# dict.pop with and without a default, and its errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1, 'b': 2}
d.pop('a'), d, d.pop('a', 'dflt'), d.pop('zz', None), d
d.pop('zz')
d.pop()
d.pop(1, 2, 3)
d.pop([])
d.pop([], 0)
{}.pop((1, 2))
''')
