# _collections.defaultdict: __missing__, default_factory, repr, copy, |
from _collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, d['a'], len(d), isinstance(d, dict))
print(d.default_factory, d.get('zz'), 'zz' in d)
c = defaultdict(int, {'x': 1}, y=2)
c['z'] += 5
print(c)
n = defaultdict()
print(n, n.default_factory)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
n.default_factory = lambda: 'made'
print(n['k'], dict(n))
n.default_factory = None
print(repr(n))
cp = c.copy()
print(cp, type(cp).__name__, cp.default_factory is int, cp is c, c.__copy__() == c)
print(defaultdict(list) | {1: 2}, {1: 2} | defaultdict(list, {3: 4}))
u = defaultdict(set, {1: {2}})
u |= {5: 6}
print(u)
print(c.__missing__('new'), c)
class Sub(defaultdict):
    pass
s = Sub(list)
s[1].append(2)
print(s, type(s.copy()).__name__)
r = defaultdict(list)
r['me'] = r
print(r)
f = defaultdict(lambda: 0)
print(repr(f)[:30])
for bad in [lambda: defaultdict(1), lambda: defaultdict(list, 1), lambda: defaultdict(None).__missing__(3)]:
    try:
        print(bad())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(defaultdict.__module__, defaultdict.__name__, defaultdict.__mro__)
print(defaultdict(int) == {}, {'a': 0} == defaultdict(int, a=0))
