# dict subclass __missing__ with defaultdict-like behaviour, and setdefault/get bypassing it
from collections import defaultdict
class Auto(dict):
    def __missing__(self, k):
        v = self[k] = type(self)()
        return v
a = Auto()
a['x']['y']['z'] = 1
print(a)
d = defaultdict(list)
d['k'].append(1)
print(d, d.get('other'), 'other' in d, d.default_factory)
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
class M(dict):
    __missing__ = None
try:
    M()['x']
except TypeError as e:
    print(e)
