# int conversions: __index__, __int__, __trunc__ and the error messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 9
class T:
    def __trunc__(self): return 11
class B:
    def __index__(self): return 'x'
int(I()), int(N()), int(T()), bin(I()), hex(I()), oct(I()), [1,2,3,4,5,6,7,8][I()]
int(B())
hex(N())
hex(3.5)
bin('1')
oct([])
range(I()), 'ab' * I()
'ab' * N()
'ab' * 2.0
[0] * -3, 3 * 'x', -1 * 'abc'
operator_index = int.__index__
int.__index__(True)
int('10', I())
''')
