# mappingproxy refuses writes, non-mappings, hashing and |=
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import types
m = types.MappingProxyType({'a': 1})
m['a'] = 2
del m['a']
m |= {}
hash(m)
m['zz']
m.pop('a')
m.x = 1
types.MappingProxyType([1])
types.MappingProxyType((1,))
types.MappingProxyType(5)
types.MappingProxyType()
types.MappingProxyType({}, {})
m.get()
''')
