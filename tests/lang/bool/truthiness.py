# bool() of containers, numbers, custom __bool__ and __len__
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
bool([]), bool([[]]), bool([0]), bool(()), bool(((),)), bool({}), bool({0: 0}), bool(''), bool(' '), bool(b''), bool(set()), bool(frozenset([0]))
bool(0), bool(-0.0), bool(0j), bool(1e-300), bool(float('nan')), bool(10**100), bool(None), bool(range(0)), bool(range(1)), bool(bool)
bool(), bool(x=1) if False else 0, bool(0.0), bool(-1), bool(complex(0, -0.0)), bool(object())
class L:
    def __len__(self): return 0
class B:
    def __bool__(self): return False
    def __len__(self): return 5
bool(L()), bool(B()), not L(), not B(), bool(type(None))
''')
