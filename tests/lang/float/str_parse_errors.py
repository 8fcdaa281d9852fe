# float() from bad strings: ValueError and TypeError messages
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
float('')
float(' ')
float('1_')
float('_1')
float('1__0')
float('1._5')
float('1e')
float('e5')
float('1.5.5')
float('infinit')
float('nan1')
float('0x10')
float('1 2')
float('--1')
float('\x00')
float('1' * 300 + 'x')[:10]
float(b'x')
float(None)
float([])
float('1j')
float(1j)
''')
