# dict.update from dicts, mappings with keys(), pair iterables and keywords
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1}
d.update({'b': 2}), d
d.update([('c', 3), ['d', 4]], e=5), d
d.update(a=0), d
d.update(), d
d.update(zip('xy', (7, 8))), d
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
d2 = {}
d2.update(M()); d2
d3 = {}
d3.update({'a': 1}, a=2); d3
d4 = {}
d4.update(['ab', 'cd']); d4
''')
