# _functools.partial: nesting, recursion in repr, methods and classes
from _functools import partial

def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)
p = partial(f, 1)
for i in range(20):
    p = partial(p, c=i)
print(p(2), p.func is f, p.args, p.keywords)
q = partial(partial(partial(f, 1), 2), 3, 4, x=5)
print(q.func is f, q.args, q.keywords, q(6, x=7, y=8))
class C:
    def m(self, x, y=0):
        return ('m', x, y)
c = C()
bound = partial(c.m, 5)
print(bound(), bound(y=1), partial(C.m, c)(1, 2))
Point = partial(dict, kind='point')
print(Point(x=1), Point(kind='other'))
print(partial(int)('42'), partial(int, '101', base=2)(), partial(sorted, reverse=True)([3, 1, 2]))
r = partial(print)
r.__dict__['x'] = r
print(sorted(r.__dict__))
p = partial(lambda: 0)
p2 = partial(p)
p.y = 1
p3 = partial(p)
print(p2.func is p.func, p3.func is p)
holder = []
rp = partial(len, holder)
holder.append(rp)
print(rp())
class K:
    def __repr__(self):
        return 'K()'
print(repr(partial(K, K(), k=K())))
x = partial(K)
try:
    x.__dict__ = 5
except TypeError as e:
    print('TypeError', e)
x.__dict__ = {'z': 1}
print(x.z)
