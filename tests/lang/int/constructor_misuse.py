# int.__new__/float.__new__ with wrong types and __class__ assignment on numbers
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int.__new__(str, 5)
int.__new__(5)
float.__new__(int, 1)
complex.__new__(float)
int.__new__(bool, 5)
bool.__new__(int)
float.__new__(bool)
int.__new__(float, 1)
class I(int): pass
class F(float): pass
int.__new__(I, 5), float.__new__(F, 2), type(int.__new__(I, '7', 8)), type(I.__new__(int, 3))
(5).__class__ = I
I(5).__class__ = int
(1.5).__class__ = F
x = I(5)
x.__class__ = 5
int.real.__get__(5), int.numerator.__get__(True), float.real.__get__(1.5)
int.real.__get__(1.5)
float.imag.__get__(5)
int.__add__(1.5, 1)
int.__add__(True, 1), float.__add__(1.5, 1)
float.__add__(1, 1.5)
complex.__add__(1, 1j)
int.__neg__('a')
int.to_bytes(5.0, 2, 'big')
''')
