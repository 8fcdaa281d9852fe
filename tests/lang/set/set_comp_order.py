# set construction, comprehensions, iteration order for small ints and strings
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
{x % 7 for x in range(50)}, {x * x for x in range(-3, 4)}, set(range(100, 0, -9)), {-5, -1, 0, 3, 64, 65, 128}
s = set(range(20)); [s.discard(i) for i in range(0, 20, 3)]; s
s = {1, 2, 3}; s.add(1000); s.add(1001); s.remove(2); s
frozenset(range(5)) | frozenset(range(3, 8)), set('abc') & set('bcd') == {'b', 'c'}, len(set('mississippi'))
sorted({'b', 'a', 'c'}), sorted(frozenset('zyx')), {(1, 2), (1, 2)}, {None, None}, {1.5, 3/2}
s = set(); [s.add(i * 1000) for i in range(10)]; sorted(s) == [i * 1000 for i in range(10)], len(s)
''')
