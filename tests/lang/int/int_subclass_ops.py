# int subclasses in numeric operations keep or drop the subclass
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class I(int):
    def __repr__(self): return 'I(%d)' % int(self)
a = I(7)
a + 1, type(a + 1), type(a * a), type(a // 2), type(a ** 2), type(a << 1), type(a & 3), type(-a), type(~a)
a == 7, hash(a) == hash(7), str(a), format(a, 'x'), int(a), type(int(a)), a.real, type(a.real)
class J(int):
    def __add__(self, o): return 'J.add'
    def __radd__(self, o): return 'J.radd'
J(1) + 1, 1 + J(1), J(1) + J(2), 1.5 + J(1), sum([J(1)]) if False else 0
class K(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
K(5), type(K(5)), K(5) + 0
class F(int):
    def __index__(self): return 99
bin(F(3)), [10, 20, 30, 40][F(1)], hex(F(255))
I('ff', 16), I(3.7), I()
''')
