# tuple count/index, comparisons, concatenation, hashing and errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
t = (1, 2, 3, 2)
t.count(2), t.index(2), t.index(2, 2), t.index(3, -2), t[1:3], t[::-1], t * 2, t + (4,), () * 5, (1,) * -1, 2 * (0,)
t.index(9)
t.index(2, 5)
t + [1]
t[10]
t[0] = 5
del t[0]
t.count()
(1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') < (1, 'b'), (1,) == (1.0,), (1, 2) != (1, 2)
(1, 'a') < (1, 2)
hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a', 1.5, ())), hash((1, 2)) == hash((1.0, 2.0)), hash((True, -1)), hash((-2,))
hash(([],))
hash((1, {}))
tuple('abc'), tuple([1, 2]), tuple(), tuple(range(3)), tuple(iter([])), (1,) is tuple((1,)), tuple(x * 2 for x in range(3))
tuple(5)
tuple(1, 2)
repr((1,)), repr(()), repr(((),)), str((1, 'a'))
a, *b = (1, 2, 3); b
a, b = (1, 2, 3)
a, b, c = (1, 2)
len((1, 2)), 2 in (1, 2), (1, 2).__getitem__(-1), (1, 2).__getnewargs__()
''')
