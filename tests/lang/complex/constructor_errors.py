# complex(real, imag) argument types and their errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
complex(1, 2), complex(1.5, -2), complex(1j, 1j), complex(1+2j, 3), complex(2, 1j), complex(real=1, imag=2), complex(), complex(imag=3)
complex(True, False), complex(10**20, 0), type(complex(1j))
complex('1', 2)
complex(1, '2')
complex(None)
complex([])
complex(1, None)
complex(10**400)
complex(1, 10**400)
complex(b'1')
complex(1, 2, 3)
complex(x=1)
class A:
    def __complex__(self): return 3+4j
class B:
    def __float__(self): return 2.5
class C:
    def __index__(self): return 4
class D:
    def __complex__(self): return 5
complex(A()), complex(B()), complex(C()), complex(B(), B())
complex(C(), A())
complex(D())
class S(complex): pass
type(complex(S(1))), type(S(1) + 1), S(1, 2), type(-S(1)), type(S(1).conjugate())
''')
