# reversed() over dicts and their views, and it after mutation
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1, 'b': 2, 'c': 3}
list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items()))
del d['b']; d['b'] = 5
list(reversed(d)), list(reversed({}))
r = reversed(d); next(r), r.__length_hint__()
r = reversed(d); d['q'] = 1
next(r)
r = reversed(d); del d['q']
next(r)
''')
