# complex() parsing of strings: spaces, signs, exponents and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
complex('1'), complex('1.5j'), complex('-1-1j'), complex('+1+1J'), complex('1e-3-2.5e2j'), complex(' 1+2j '), complex('(1+2j)'), complex('1_0+2_0j'), complex('infj'), complex('-nanj')
complex('1 + 2j')
complex('(1+2j')
complex('1+2j)')
complex('1+j+j')
complex('jj')
complex('1e')
complex('()')
complex('1+2i')
complex(' ')
complex('\0')
complex(b'1')
complex(1j, 1j), complex(1.5, -0.0), complex(-0.0, 0.0), complex(True, False), complex(2**70)
complex(10**400)
''')
