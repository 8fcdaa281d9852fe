# every dict method: get, setdefault, pop, popitem, update, fromkeys, copy, clear
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
d = {'a': 1, 'b': 2}
d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d.setdefault('n'), d
d.pop('n'), d.pop('z', 'dflt'), d.popitem(), d.popitem(), d
d.pop('z')
{}.popitem()
d.update({'x': 1}, y=2), d.update([('p', 1), ['q', 2]]), d.update(z=0), d
d.update([1])
d.update([(1, 2, 3)])
d.update(5)
d.update({}, {})
dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]), dict.fromkeys(range(3), [])
dict.fromkeys()
e = d.copy(); e is d, e == d, d.clear(), d, e
dict(a=1), dict([('a', 1)], b=2), dict({'a': 1}, a=2), dict(zip('ab', [1, 2])), dict()
dict([1, 2])
dict(['ab', 'cd']), dict([b'xy'])
dict(['abc'])
dict({}, {})
{'a': 1}['b']
{[]: 1}
{}.get()
{}.get(1, 2, 3)
d = {1: 'x'}; d.__contains__(1), d.__getitem__(1), d.__len__(), 1 in d, [] in d if False else 0
[] in {}
d = {}; d[1] = 1; d[1.0] = 2; d[True] = 3; d
d = dict.fromkeys('abc', 0); del d['b']; d
del d['zz']
''')
