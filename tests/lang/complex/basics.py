# complex: construction, repr, arithmetic, abs, conjugate
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
1+2j, complex(1, 2), complex('1+2j'), complex(' (3-4j) '), complex('j'), complex('-j'), complex('1e3j'), complex(2), complex(), complex('inf+nanj')
repr(1j), repr(-1j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(complex(0, -0.0)), repr(1e20j), repr(complex(1.5, 1e-7))
(1+2j) + (3-1j), (1+2j) * (3-1j), (1+2j) / (3-1j), (1+2j) - 5, 2 * (1+1j), (1+2j) ** 2, (1+2j) ** 0, 1j ** 1j
abs(3+4j), abs(-1j), (3+4j).conjugate(), (3+4j).real, (3+4j).imag, -(1+1j), +(1+1j)
(1+2j) == complex(1, 2), (1+0j) == 1, (1+0j) == 1.0, 1j != 1j, hash(1+0j) == hash(1), hash(2j), hash(3-4j)
(1+2j) / 0
1j ** -1, 0j ** 0
0j ** -1
(1+2j) < (3+4j)
(1+2j) // 2
(1+2j) % 2
complex('1+2')
complex('1+2j', 3)
complex('')
complex(1, '2')
complex([])
format(1+2j, '.2f'), format(1.5-2j, ''), format(3j, '>12'), '{:g}'.format(1e10+1j), str(1+2j)
format(1j, '=10')
complex(1+1j, 1+1j), complex(1j, 2), complex(real=3, imag=4)
''')
