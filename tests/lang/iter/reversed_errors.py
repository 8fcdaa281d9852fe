# reversed() of non-sequences raises TypeError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
reversed(5)
reversed({1, 2})
reversed(iter([1]))
reversed(x for x in 'a')
reversed()
reversed([1], [2])
class N:
    __reversed__ = None
reversed(N())
class L:
    def __len__(self): return 1
reversed(L())
class G:
    def __getitem__(self, i): return 1
reversed(G())
class Neg:
    def __len__(self): return -1
    def __getitem__(self, i): return 1
reversed(Neg())
''')
