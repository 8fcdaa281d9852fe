# any/all/len/callable/bool with iterators, generators and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 2 for x in range(5)), all(x < 2 for x in range(5))
it = iter([0, 0, 1, 2]); any(it), list(it)
it = iter([1, 1, 0, 3]); all(it), list(it)
any(5)
all()
len([1, 2]), len('é'), len(b'ab'), len({1: 2}), len(range(5)), len(frozenset()), len(memoryview(b'abc'))
len(5)
len(iter([]))
class L:
    def __len__(self): return -1
len(L())
class L2:
    def __len__(self): return 2**70
len(L2())
class L3:
    def __len__(self): return 1.5
len(L3())
''')
