# % formatting of ints, floats, bools and custom numbers
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'%d' % True, '%s' % True, '%r' % False
'%f' % 1, '%e' % True, '%g' % 2**70
'%.0f' % 0.5, '%.0f' % 1.5, '%.0f' % 2.5
'%.15g' % 0.1, '%.17g' % 0.1, '%r' % 0.1
'%d' % -0.0, '%f' % -0.0
'%10.3s|' % 1.23456
class I:
    def __index__(self): return 7
'%x %o %c' % (I(), I(), I())
class F:
    def __float__(self): return 2.5
'%f %g' % (F(), F())
class N:
    def __int__(self): return 9
'%d' % N()
'%x' % N()
'%s' % (('tuple',),)
'%s %s' % ((1, 2), [3])
''')
