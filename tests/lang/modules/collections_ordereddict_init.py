# _collections.OrderedDict construction follows MutableMapping.update: pairs, mappings, keywords
from _collections import OrderedDict as OD
for a in [[(1,2,3)], ['ab'], ['a'], [1], 5, [[1,2]], [()], {'x': 1, 'y': 2}]:
    try: print(OD(a))
    except Exception as e: print(type(e).__name__, e)
class M:
    def keys(self): return ['k']
    def __getitem__(self, k): return 1
print(OD(M()), OD(M(), z=3), OD([('a', 1)], a=2))
class Loud(OD):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
print(Loud({'p': 1}, q=2))
o = OD(a=1)
o.__init__(b=2)
print(o)
o.update([('c', 3)], d=4)
o.update({'a': 0})
print(o)
l = Loud()
l.update(x=1)
try:
    o.update(1, 2)
except TypeError as e:
    print('TypeError', e)
