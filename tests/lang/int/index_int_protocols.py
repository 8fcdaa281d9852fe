# __index__, __int__ and __trunc__ protocols in int()
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class A:
    def __index__(self): return 5
class B:
    def __int__(self): return 6
class C:
    def __trunc__(self): return 7
class D:
    def __int__(self): return 'x'
class E:
    def __index__(self): return 1.5
class G:
    def __int__(self): return True
int(A()), int(B()), int(C())
int(D())
int(E())
type(int(G())), int(G())
[1, 2, 3, 4, 5, 6][A()], bin(A()), hex(A()), oct(A()), range(A())
bin(B())
[1, 2][B()]
int(object())
int('5', A())
int('5', B())
''')
