# dict views reflect later changes; len, in, repr, iteration
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1}
k, v, i = d.keys(), d.values(), d.items()
d['b'] = 2
k, v, i, len(k), 'b' in k, 2 in v, ('b', 2) in i, ('b', 3) in i, 'b' in i
del d['a']
list(k), list(v), list(i)
d.clear(); k, len(v), list(i)
[] in k
([], 1) in i
(1,) in i
''')
