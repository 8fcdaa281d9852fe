# a class's __dict__ / vars(cls) is a live mappingproxy; views' .mapping too
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import types
class C:
    x = 1
type(C.__dict__).__name__, type(vars(C)).__name__, C.__dict__['x']
types.MappingProxyType is type(int.__dict__), type(type.__dict__) is type(C.__dict__)
C.y = 2
vars(C)['y'], 'y' in C.__dict__, sorted(k for k in C.__dict__ if not k.startswith('__'))
C.__dict__['x'] = 5
'bit_length' in int.__dict__, type(int.__dict__['bit_length']).__name__
d = {'k': 1}
v = d.keys()
v.mapping, d.values().mapping['k'], d.items().mapping is not d
d['n'] = 2
v.mapping
import collections.abc
isinstance(v.mapping, collections.abc.Mapping), isinstance(v.mapping, dict)
''')
