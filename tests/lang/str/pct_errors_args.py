# argument count errors in % formatting
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'%s %s' % ('a',)
'%s' % ()
'%d' % ()
'x' % 5
'x' % 'y'
'%s' % ('a', 'b')
'%s %s' % ('a', 'b', 'c')
'%*d' % (5,)
'%.*f' % (2,)
'%(a)s' % ('x',)
'%(a)s' % {}
'%(a)s %s' % {'a': 1}
'%(a' % {'a': 1}
'%s' % [] , 'x' % []
'x' % {}
'x' % ()
''')
