# dict's own methods don't call an overridden __setitem__ (fromkeys does)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
D.fromkeys('ab', 1), D({'a': 1}), dict(D(a=1))
d = D()
d.update(a=1), d
d.setdefault('x', 1), d
d |= {'y': 2}
d
d['z'] = 3
d, {**D(a=1)}, dict.__repr__(D(a=1))
''')
