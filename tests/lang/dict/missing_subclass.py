# __missing__ in dict subclasses is used by [] only
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
d['a'], d['zz'], d.get('zz'), 'zz' in d, d
class E(dict):
    def __missing__(self, key):
        raise LookupError('no ' + key)
E()['k']
class F(dict):
    __missing__ = None
F()['k']
class G(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
g = G(); g['a'], g['b'], g['a'], g
''')
