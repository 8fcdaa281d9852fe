# bool() errors: bad __bool__ and __len__ results
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class A:
    def __bool__(self): return 1
class B:
    def __len__(self): return -1
class C:
    def __len__(self): return 2**100
class D:
    def __len__(self): return 'x'
class E:
    def __bool__(self): raise KeyError('boom')
class F:
    __bool__ = None
bool(A())
bool(B())
bool(C())
bool(D())
bool(E())
bool(F())
not A()
bool(1, 2)
bool(x=1)
''')
