# complex parsing corners, division near zero/overflow, ** with big and complex exponents
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
complex.__new__(complex, 1, 2), (1+2j).__getnewargs__(), (1+2j).__abs__(), (1+2j).__neg__(), (1+2j).__pos__(), (1+2j).__bool__()
(1+2j).__eq__(1), (1+2j).__eq__('a'), (1+2j).__lt__(1), (1+0j) == 1, (1+0j) == 1.0, 1j == 1j, (1+0j) == True, complex(10**400 % 7, 0) == 10**400 % 7
complex(2**53+1, 0) == 2**53 + 1
complex(1, 0) == 10**400
format(1+2j, '.2f'), format(1+2j, '>20'), format(1+2j, '+.3e'), format(1.5-2j, 'g'), format(1j, ''), format(1+2j, '^20.1f'), format(-0j, '')
format(1+2j, '020')
format(1+2j, '=20')
format(1+2j, 'd')
format(1+2j, '%')
format(1+2j, 'n'), format(123456+1j, ','), format(1e20+1e-20j, '.3'), format(1+1j, '#.0f'), format(complex('nan+infj'), '')
format(3+0j, ''), format(3+0j, 'g'), format(0+3j, 'g'), format(-0.0+3j, 'g'), format(1+2j, 'z') if False else 0
(1+2j).__format__('10')
complex(1, 2).__complex__() if hasattr(1j, '__complex__') else 'none'
complex('1e500j'), complex('1e500'), complex('-1e500+1e500j')
complex('1+2j ', ), complex('  ( 1+2j)  ')
complex(' (1+2j) ')
complex('( 1+2j )')
complex('(1+2j))')
complex('1e')
complex('1.5e+')
complex('1+j'), complex('1-j'), complex('-1.5-j'), complex('infj'), complex('-nanj'), complex('+1.0e-5-2.0E+5J')
complex('1_2.3_4e5_6j')
complex('1_j')
complex('_1j')
complex('1+2j', )== 1+2j, complex(' 1 ')
complex('\u0661+\u0662j')
complex('1\x00')
(1e308+1e308j) / (1e-308+1e-308j)
(1+1j) / (1e-320+0j)
(1+2j) / (0+1e-310j)
(float('inf')+0j) * (1+0j), (float('inf')+1j) * 0
complex(float('inf'), float('nan')) * 2
(1+2j) ** 0.5, (1+2j) ** -1.5, (-1+0j) ** 0.5, (1j) ** (1/2), (2+3j) ** 100
(2+3j) ** 1000
(2+3j) ** 10000
(1e200+0j) ** 2
(10+0j) ** 400
(1+1j) ** (10**20)
(1+1j) ** 2.0, (1+1j) ** complex(2, 0), 2 ** (1+1j), 2.5 ** (1+0j), (-2) ** (0.5+0j)
''')
