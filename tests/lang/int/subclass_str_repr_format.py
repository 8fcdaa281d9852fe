# int/float/complex subclasses overriding __repr__/__str__/__eq__/__lt__/__bool__ in formatting and comparisons
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class G(float):
    def __repr__(self): return 'G!'
class H(int):
    def __repr__(self): return 'H!'
class C(complex):
    def __repr__(self): return 'C!'
format(G(1), ''), format(H(1), ''), format(C(1), ''), f'{G(2)}', f'{H(2)}', '%s %r' % (H(3), H(3)), '%d' % H(3), '%f' % G(1), str(H(5)), str(G(5)), str(C(5))
'{}'.format(H(1)), '{:d}'.format(H(7)), '{:5}'.format(H(7)), '%.1f' % H(3), '%x' % H(255)
class S(int):
    def __str__(self): return 'S!'
str(S(1)), repr(S(1)), format(S(1), ''), f'{S(1)}', '%s' % S(1), '%d' % S(1), print(S(1)) if False else 0
class T(float):
    def __str__(self): return 'T!'
str(T(1)), repr(T(1)), format(T(1), ''), '%s' % T(1), '%r' % T(1)
class B(int):
    def __bool__(self): return False
bool(B(5)), not B(5), bool(H(0))
class E(int):
    def __eq__(self, o): return 'eq'
    __hash__ = int.__hash__
E(1) == 1, 1 == E(1), E(1) != 1, {E(1): 2}[1]
class L(float):
    def __lt__(self, o): return 'lt'
L(1) < 2, 2 > L(1), 1.0 > L(1), 1 < L(3)
''')
