# complex arithmetic errors: division by zero, pow, ordering
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1+2j) / 0
(1+2j) / 0j
1 / 0j
0j ** -1
0j ** (1j)
0j ** (-1+0j)
(1+2j) // 2
(1+2j) % 2
divmod(1j, 1)
(1+2j) < (2+3j)
1j > 1
pow(1j, 2, 3)
abs(complex(1e308, 1e308))
(1e200+1e200j) ** 2
10 ** (1e200+0j) if False else 0
complex(1e308, 1e308) * 2
round(1j)
int(1j)
float(1j)
math_ok = 1
''')
