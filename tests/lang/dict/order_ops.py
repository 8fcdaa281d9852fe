# dict insertion order after deletes, re-inserts, updates and comprehension forms
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = dict.fromkeys('abcde'); del d['b']; d['b'] = 1; d['a'] = 2; list(d)
d = {}; [d.__setitem__(i, i) for i in range(10)]; [d.pop(i) for i in range(0, 10, 2)]; d[0] = 'z'; list(d.items())
d = {k: v for k, v in zip('abc', range(3)) if v != 1}; d, {**d, 'a': 9}, {'z': 0, **d}, dict(d, b=5)
d = {1: 'a'}; d.update({2: 'b', 1: 'c'}); d, list(reversed(d.items()))
d = {i: str(i) for i in range(100)}; len(d), sum(d), d[57], list(d)[-3:]
for i in range(95): del d[i]
d, d.popitem(), d
d = {}; d.setdefault('x', []).append(1); d.setdefault('x', []).append(2); d
{1: 1, 1.0: 2, True: 3}, {(1, 2): 'a', (1.0, 2.0): 'b'}, {'a': 1} == {'a': True}
d = {'k': 1}; k = d.keys(); d.clear(); k, len(k), list(k)
''')
