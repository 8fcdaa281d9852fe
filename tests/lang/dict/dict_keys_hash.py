# dict keys with custom __hash__/__eq__, equal numerics and mutation inside __eq__
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % self.v
d = {K(1): 'a', K(2): 'b'}; d[K(1)], K(3) in d, d.get(K(2)), d
class H:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError('eq')
d = {H(): 1}
d[H()]
class U:
    __hash__ = None
{U(): 1}
d = {1: 'int'}; d[1.0], d[True], 1.0 in d, d.get(complex(1, 0))
''')
