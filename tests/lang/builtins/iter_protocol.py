# iter() on sequences and iterables, __iter__ returning non-iterators, and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
list(Seq()), 4 in Seq(), list(iter(Seq())), sorted(Seq(), reverse=True)
class BadIter:
    def __iter__(self): return 5
iter(BadIter())
class NoNext:
    def __iter__(self): return self
iter(NoNext())
class Stop:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
list(Stop()), tuple(Stop()), set(Stop()), dict.fromkeys(Stop())
it = iter([1, 2]); iter(it) is it, next(it), it.__length_hint__()
iter(None)
next(5)
next(iter([]), None), next(iter('x'), None)
''')
