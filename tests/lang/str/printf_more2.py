# str %-formatting with objects: __str__/__repr__/__index__/__float__, widths from * and mappings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class S:
    def __str__(self): return 'str!'
    def __repr__(self): return 'repr!'
class I:
    def __index__(self): return 42
class F:
    def __float__(self): return 2.5
'%s|%r|%a' % (S(), S(), S()), '%x|%o|%d' % (I(), I(), I()), '%.1f|%e' % (F(), F()), '%*.*f|' % (8, 2, 3.14159)
'%d' % F()
'%x' % F()
'%f' % 'x'
'%(a)s %(b)d' % {'a': S(), 'b': I()}
'%c' % I(), '%5c|%-3c|' % ('x', 'y'), '%05s' % 'ab', '%-05d|' % 3, '%+05.1f' % 2.25, '%#5x' % 255, '%#-8o|' % 8
'%s %s %s' % ('a', ('b',), ['c'])
'%d items' % 3.99, '%i' % -0.5, '%u' % 2**70, '%X' % 2**70, '%e' % 2**70, '%g' % 10**16
''')
