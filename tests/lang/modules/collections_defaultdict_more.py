# _collections.defaultdict: nested factories, subclass __missing__, failing factories
from _collections import defaultdict

def tree():
    return defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(dict(t['a']['b']), 'x' in t, t['a']['b']['c'])
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
groups = defaultdict(list)
for w in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[w[0]].append(w)
print(dict(groups))
class Loud(defaultdict):
    def __missing__(self, key):
        print('missing', key)
        return super().__missing__(key)
l = Loud(lambda: 'dflt')
print(l['k'], dict(l), type(l).__name__)
def boom():
    raise RuntimeError('no default')
b = defaultdict(boom)
try:
    b['x']
except RuntimeError as e:
    print('RuntimeError', e, dict(b))
print(defaultdict(list).get('x'), defaultdict(list).setdefault('y', 5), defaultdict(list).pop('z', 'p'))
d = defaultdict(list, [('a', 1)], b=2)
print(d, len(d), list(d), d.default_factory.__name__)
d.default_factory = set
d['s'].add(1)
print(d)
print(isinstance(d, dict), type(d).__name__, defaultdict.__base__.__name__)
print(defaultdict(None, a=1) == {'a': 1}, repr(defaultdict(dict)))
