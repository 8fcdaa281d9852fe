# operator.length_hint and __length_hint__ of builtin iterators
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
from operator import length_hint
length_hint([1, 2]), length_hint(iter([1, 2])), length_hint(iter((1,))), length_hint(iter(range(10)))
length_hint(iter({1: 2})), length_hint(iter({1, 2})), length_hint(iter('abc')), length_hint(reversed([1, 2, 3]))
length_hint(x for x in 'a'), length_hint(5, 9), length_hint(zip('ab', 'c'), 7)
it = iter([1, 2, 3]); next(it); length_hint(it)
class H:
    def __length_hint__(self): return 4
length_hint(H())
class Bad:
    def __length_hint__(self): return -1
length_hint(Bad())
class Str:
    def __length_hint__(self): return 'x'
length_hint(Str())
class NI:
    def __length_hint__(self): return NotImplemented
length_hint(NI(), 3)
''')
