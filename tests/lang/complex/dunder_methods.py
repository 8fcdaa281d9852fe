# complex's special methods called directly
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
complex.__new__(complex, 1, 2), (1+2j).__getnewargs__(), (1+2j).__abs__(), (1+2j).__neg__(), (1+2j).__pos__(), (1+2j).__bool__(), (0j).__bool__()
(1+2j).__complex__(), (1+2j).__eq__(1), (1+2j).__eq__('a'), (1+2j).__lt__(1), (1+2j).__add__(1), (1+2j).__radd__(1.5), (1+2j).__add__('x')
(1+2j).__mul__(2), (1+2j).__rsub__(1), (1+2j).__truediv__(2), (1+2j).__rtruediv__(1), (1+2j).__pow__(2), (1+2j).__rpow__(2)
(1+2j).__floordiv__(1) if hasattr(1j, '__floordiv__') else 'no floordiv'
(1+2j).__pow__(2, 3)
class S(complex): pass
type(S(1).__complex__()), S(1, 2).__getnewargs__(), type(S(1) + 0), type(S(1) * 1j), type(S(2) ** 2), S(1, -1).conjugate()
(1+0j) == 1, (1+0j) == 1.0, (1+0j) == True, complex(2**53 + 1, 0) == 2**53 + 1, complex(1, 0) == 10**400, (1+1j) != 1
''')
