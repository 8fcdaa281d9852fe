# type errors and bad conversion characters in % formatting
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
'%d' % 'a'
'%i' % '1'
'%x' % 1.5
'%o' % 'a'
'%X' % None
'%f' % 'a'
'%e' % None
'%g' % [1]
'%c' % 'ab'
'%c' % 1.5
'%c' % -1
'%c' % 0x110000
'%y' % 1
'a%yb' % 1
'%' % ()
'abc%' % ()
'%z' % 1
'%\u20ac' % 1
'%*d' % ('a', 1)
'%.*d' % (1.5, 1)
'%d' % 10j
'%b' % 5
''')
