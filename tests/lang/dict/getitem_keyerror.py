# KeyError for missing keys keeps the key (tuples and None too)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {}
d['x']
d[(1, 2)]
d[None]
d[()]
del d['x']
try:
    {}[(1, 2)]
except KeyError as e:
    e.args
''')
