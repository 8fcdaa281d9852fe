# enumerate with start (negative, big, keyword) over several iterables
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(enumerate('ab')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 3))
list(enumerate('ab', 2**70)), list(enumerate(iterable='xy', start=True))
e = enumerate({'k': 1}); next(e), next(e, 'done')
class I:
    def __index__(self): return 7
list(enumerate('a', I()))
type(enumerate('a')).__name__, iter(e) is e
''')
