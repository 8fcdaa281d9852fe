# tuple unpacking, nested structures, slicing and repr of recursive containers
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
t = (1, [2, 3], {'a': (4,)})
t[1].append(9); t, t[2]['a'][0], t[-1:], t[:0], t[::-2], len(t)
t[1] += [10]
t
(1, 2) + (3,), (1,) * 3, (1, (2, (3, (4,)))), ((1, 2),) * 2, tuple(reversed((1, 2, 3)))
a = [1]; b = (a,); a.append(b); b, a
(1, 2) == [1, 2], (1, 2) < (1, 2.5), (float('nan'),) == (float('nan'),), () == (), (1,) != (1,)
x = float('nan'); (x,) == (x,), (x,) < (x,), (x, 1) < (x, 2)
hash((1, 2, 3)) == hash((1, 2, 3)), hash(((1,),)) != hash((1,))
(1, 2).index(2, -1), (1, 2, 1).count(1), tuple('ab').index('b')
(1, 2).index(2, 0, 1)
''')
