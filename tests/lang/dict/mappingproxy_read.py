# types.MappingProxyType: a read-only live view with the dict read methods
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import types
d = {'a': 1, 'b': 2}
m = types.MappingProxyType(d)
m, str(m), len(m), 'a' in m, 'z' in m, m['a'], m.get('z'), m.get('z', 5), m.get('a', 5)
list(m), m.keys(), m.values(), m.items(), list(reversed(m))
c = m.copy(); c, type(c).__name__, c is d
d['c'] = 3; m, len(m)
m | {'x': 0}, {'x': 0} | m, type(m | {}).__name__
m == d, m != {}, m == m
types.MappingProxyType(mapping={1: 2}), types.MappingProxyType[str, int]
types.MappingProxyType(types.MappingProxyType({1: 2}))
''')
