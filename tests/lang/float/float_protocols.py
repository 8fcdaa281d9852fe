# __float__ and __index__ in float(), and float subclasses
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class A:
    def __float__(self): return 2.5
class B:
    def __index__(self): return 7
class C:
    def __float__(self): return 1
class D(float): pass
class E:
    def __float__(self): return D(3.5)
float(A()), float(B()), type(float(B()))
float(C())
type(float(E())), float(E())
float(D(1.5)), type(float(D(1.5))), type(D(1.5) + 1), type(-D(1.5)), type(abs(D(-1.5))), D(2.5).real, type(D(2.5).real)
class G(float):
    def __repr__(self): return 'G!'
G(1), str(G(1)), format(G(1.5), '.1f'), G('2.5') + 0, G(b'1'), type(G())
float(object())
import math
math.sqrt(A()), math.floor(B())
''')
