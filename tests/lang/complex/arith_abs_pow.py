# complex arithmetic, abs, conjugate and **
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1+2j) + (3-4j), (1+2j) * (3-4j), (1+2j) / (3-4j), (1+2j) - 1, 2 * (1+2j), (1+2j) / 2, 1 / (1+1j)
abs(3+4j), abs(-5j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)), abs(1e300+1e300j)
(1+2j).conjugate(), (1+2j).real, (1+2j).imag, (-0j).conjugate(), type((1j).real)
(1+2j) ** 2, (1+2j) ** 0, (1j) ** 2, (1j) ** -1, 2 ** (1j), (1+1j) ** 0.5, (1+2j) ** (3+4j), 0j ** 0, (0j) ** (2+0j)
(1+1j) ** 10, (1+1j) ** -3, (2+0j) ** 0.5, pow(1+1j, 2)
(1j) ** 1000 == 1, (-1) ** 0.5
''')
