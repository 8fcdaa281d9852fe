# %(name)s with a mapping argument
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'%(a)s-%(b)d' % {'a': 'x', 'b': 3}
'%(a)s %(a)r' % {'a': 'q'}
'%(x)05.1f' % {'x': 2.25}
'%(n)-4d|' % {'n': 1}
'%(a)s' % {'a': 1, 'unused': 2}
'plain' % {'a': 1}
'%%(a)s' % {}
'%(a(b))s' % {'a(b)': 'nested parens'}
class M:
    def __getitem__(self, k): return k.upper()
'%(hello)s %(world)s' % M()
'%s' % {'a': 1}
'%()s' % {'': 'empty'}
''')
