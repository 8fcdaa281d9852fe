# _collections.OrderedDict: order operations, equality, repr, views
from _collections import OrderedDict as OD

o = OD([('a', 1), ('b', 2)], c=3)
print(o, OD(), len(o), list(o), isinstance(o, dict))
o.move_to_end('a')
print(o)
o.move_to_end('c', last=False)
print(o, list(o.keys()), list(o.values()), list(o.items()))
print(o.popitem(), o.popitem(last=False), o)
o['x'] = 10
o['b'] = 20
print(o, list(reversed(o)), list(reversed(o.items())))
print(OD(a=1) == OD(a=1), OD(a=1, b=2) == OD(b=2, a=1), OD(a=1, b=2) == dict(b=2, a=1),
      OD(a=1, b=2) != OD(b=2, a=1), dict(b=2, a=1) == OD(a=1, b=2))
print(o.keys(), o.values(), o.items())
print(type(o.keys()).__name__, type(o.keys()).__mro__[1].__name__, 'b' in o.keys(), len(o.items()))
print(o.copy(), type(o.copy()).__name__, o.copy() is o)
print(OD(a=1) | {'b': 2}, {'b': 2} | OD(a=1), OD.fromkeys('abc', 0))
u = OD(a=1)
u |= {'z': 26}
print(u)
print(OD(a=1).setdefault('b', 2), OD(a=1).pop('a'), OD(a=1).get('q', 'd'))
x = OD()
x['self'] = x
print(x)
class S(OD):
    pass
print(S(a=1), S(a=1).copy(), type(S().copy()).__name__)
o.attr = 5
print(o.__dict__, o.attr)
r = o.__reduce__()
print(r[0] is OD, r[1], r[2], r[3], list(r[4]))
for f in [lambda: o.move_to_end('zz'), lambda: OD().popitem(), lambda: OD(1, 2), lambda: o.move_to_end(),
          lambda: o.popitem(1, 2), lambda: OD(a=1).pop('x'), lambda: hash(OD())]:
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
def mutate(change):
    d = OD(a=1, b=2, c=3)
    try:
        for k in d:
            change(d)
    except RuntimeError as e:
        print('RuntimeError', e)
mutate(lambda d: d.__setitem__('z', 0))
mutate(lambda d: d.move_to_end('a'))
mutate(lambda d: d.popitem())
mutate(lambda d: d.__delitem__('c'))
d = OD(a=1, b=2)
for k in d:
    d[k] = 'changed'
print(d)
print(OD.__module__, OD.__name__, repr(OD))
mutate(lambda d: d.pop('c'))
mutate(lambda d: d.setdefault('z', 1))
mutate(lambda d: d.clear())
mutate(lambda d: d.update(q=1))
print(OD(a=1).pop('a'), OD(a=1).pop('x', 'dflt'), OD(a=1).setdefault('a', 5))
try:
    OD().pop('k')
except KeyError as e:
    print('KeyError', e)
