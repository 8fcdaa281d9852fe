# __missing__ is called by d[k] only, not by get() or `in`
class Counter(dict):
    def __missing__(self, key):
        print('missing', key)
        return 0
c = Counter(a=1)
print(c['a'], c['zz'], c.get('zz'), 'zz' in c)
class Err(dict):
    def __missing__(self, key):
        raise KeyError(key + '!')
try:
    Err()['k']
except KeyError as e:
    print(repr(e))
class NoMissing(dict): pass
try:
    NoMissing()['x']
except KeyError as e:
    print(repr(e))
d = {}
d.__class__
print(hasattr(dict, '__missing__'))
