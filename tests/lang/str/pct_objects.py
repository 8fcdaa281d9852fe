# % formatting with tuple/dict subclasses, __rmod__ and custom __format__
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class TS(tuple): pass
'%s %s' % TS((1, 2))
class DS(dict): pass
'%(a)s' % DS(a=5)
'%s' % DS(a=5)
'%(a)s' % [1]
'%s' % '', '%s%%' % 5, '%%%s%%' % 'x'
class F:
    def __format__(self, spec): return 5
format(F())
'{}'.format(F())
f'{F()}'
class G:
    def __format__(self, spec): raise ValueError('bad ' + spec)
'{:xy}'.format(G())
class L(list): pass
'%s' % L([1])
'%d%%' % 50, '%.1f%%' % 99.5
''')
