# pow() argument errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
pow(2)
pow()
pow(2, 3, 4, 5)
pow('2', 3)
pow(2, '3')
pow(2, 3, '5')
pow(2, 3, None), pow(base=2, exp=5), pow(2, exp=3, mod=5)
pow(1j, 2, 3)
(2).__pow__(3, 5), (2).__pow__(3, None), (2).__rpow__(3)
2 ** 'a'
''')
