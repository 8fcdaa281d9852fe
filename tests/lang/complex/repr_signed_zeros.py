# complex repr with signed zeros, inf and nan parts
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), -0j, 0j, -(0j), 1j, -1j, 2+0j, 2-0j
complex(float('inf'), 0), complex(0, float('inf')), complex(float('nan'), float('-inf')), complex(float('-inf'), float('nan'))
complex(1e16, 1e-16), complex(1.5, -2.5), complex(1, 1e300), complex(123456789012345678.0, 1)
str(complex(1, 2)), str(1j), format(1+2j, ''), [1j, -1j], (0.1+0.2j)
repr(complex(-0.0, 1)), repr(complex(0.0, -1)), repr(-complex(0, 1))
''')
