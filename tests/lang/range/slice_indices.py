# slice objects: indices(), repr, equality, attributes and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
slice(1, 10, 2).indices(5), slice(None).indices(5), slice(-3, None).indices(5), slice(None, None, -1).indices(5), slice(10, -10, -3).indices(4), slice(-100, 100).indices(3), slice(0, 0).indices(0)
slice(2**70, None).indices(10), slice(-2**70, 2**70, -1).indices(10)
slice(1, 2, 0).indices(5)
slice(1).indices(-1)
slice('a').indices(3)
slice(1).indices('x')
slice(1), slice(1, 2), slice(1, 2, 3), slice(None, None, None), slice('a', [1], {}), repr(slice(-1, None))
slice(1, 2).start, slice(1, 2).stop, slice(1, 2).step, slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, 3) == slice(1, 2)
hash(slice(1))
slice()
slice(1, 2, 3, 4)
slice(1, 2).start = 5
class I:
    def __index__(self): return 2
'abcdef'[I():I() + 2], [0, 1, 2, 3][slice(I())], slice(I()).indices(5)
'abc'[slice(1.5)]
[1, 2][slice('a', 'b')]
''')
