# complex() through __complex__/__float__/__index__ (subclass results, errors) and complex subclasses
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class S(complex): pass
class A:
    def __complex__(self): return S(1, 2)
type(complex(A())), complex(A())
class B:
    def __complex__(self): return 1.5
complex(B())
class C:
    def __complex__(self): raise ValueError('no')
complex(C())
class D(str):
    def __complex__(self): return 7j
complex(D('1')), complex(D('1'), 2) if False else 0
class E:
    def __float__(self): return 1.5
    def __index__(self): return 3
complex(E()), complex(E(), E())
class F:
    def __index__(self): return 2**2000
complex(F())
complex(1, F())
class G:
    def __float__(self): return 'x'
complex(G())
complex(1, G())
complex(S(1, 2), 1j), complex(1j, S(0, 1)), type(S(1, 2) + S(1)), S() == 0, type(S('1+1j'))
S(1, 2).real, S(1, 2).imag, abs(S(3, 4)), repr(S(-0.0, -0.0))
class T(complex):
    def __new__(cls, *a): return super().__new__(cls, 9)
T(1, 2), type(T())
complex(1, 2, imag=3)
complex(real=1, real=2) if False else 0
complex('1', imag=2)
''')
