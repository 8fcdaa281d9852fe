# sys.intern results and argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
import sys
a = sys.intern('hello world ' * 3)
b = sys.intern(''.join(['hello world '] * 3))
a is b, a == b
sys.intern('x') is 'x'
c = 'dyn' + str(1)
sys.intern(c) is sys.intern('dyn1')
sys.intern(5)
sys.intern(b'x')
sys.intern()
class S(str): pass
sys.intern(S('abc'))
type(sys.intern('é' * 3))
''')
