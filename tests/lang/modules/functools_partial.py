# _functools.partial: calls, attributes, flattening, repr
from _functools import partial

def f(*args, **kw):
    return args, kw

p = partial(f, 1, a=2)
print(p(), p(3), p(b=4), p(a=5))
print(p.func is f, p.args, p.keywords)
q = partial(p, 3, b=4)
print(q.func is f, q.args, q.keywords, q(5, a=9))
print(partial(f)(), partial(f)(1, x=2))
print(repr(partial(len, 'abc')), partial(len, 'abc')())
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(print, sep='-')))
p = partial(f, **{'a b': 1})
print(repr(p)[-6:], p())
print(partial(int, base=2)('101'), partial(pow, 2)(10))
many = partial(f, *range(10), **{'k%d' % i: i for i in range(5)})
print(many(10, 11, k0='x'))
class P(partial):
    pass
x = P(f, 1)
print(repr(x)[:12], type(x).__name__, x(2), isinstance(x, partial))
y = partial(x, 2)
print(type(y).__name__, y.func is f, y.args)
p = partial(f, 1)
p.attr = 'hello'
print(p.attr, p.__dict__)
z = partial(p, 2)
print(z.func is p, z.args, z())
for name in ('func', 'args', 'keywords'):
    try:
        setattr(partial(f), name, 1)
    except AttributeError as e:
        print('AttributeError', e)
errs = [lambda: partial(), lambda: partial(1), lambda: partial(func=f), lambda: partial(f).__get__,
        lambda: partial(f, 1)(**{1: 2}) if False else partial(len)(1, 2)]
for g in errs:
    try:
        print(g())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class C:
    p = partial(f, 0)
print(C().p(1), C.p(2))
print(type(partial).__name__, partial.__module__, partial.__name__)
r = partial(f, 1, a=[1]).__reduce__()
print(r[0] is partial, r[1][0] is f, r[2][1:])
