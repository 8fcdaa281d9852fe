# dict views: live tracking, set operations, mapping attribute, reversed, repr
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys(); v = d.values(); i = d.items()
k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, ['a', 1] in i
d['z'] = 26; del d['a']; list(k), list(v), list(i)
k & {'b', 'q'}, k | {'q'}, k - {'b'}, k ^ {'b', 'q'}, {'b'} & k, ['b'] | k if False else 0, i & {('b', 2)}, i - {('b', 2)}
k == {'b', 'c', 'z'}, k <= {'b', 'c', 'z', 'w'}, k < {'b', 'c', 'z'}, k >= {'b'}, k.isdisjoint(['q']), k.isdisjoint('bz'), i.isdisjoint([('b', 2)])
list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)), reversed(d).__class__.__name__
v == v, v == d.values(), k == k
v & {1}
k & 5
hash(k)
{1: 2}.items() | {(3, 4)}, {'a': [1]}.items() | set() if False else 0
repr({}.keys()), repr({1: [2]}.items()), str({'x': 'y'}.values())
d = {1: 1, 2: 2}
for x in d: d[3] = 3
for x in d.keys(): del d[1]
d
d = {1: 1}
for x in d.values(): d.pop(1); d[4] = 4
d = {1: 1, 2: 2}
for x in d: d[x] = 0
d
''')
