# Subclasses of variable-size builtins (tuple, int) keep their __dict__ after
# the items; str and bytes subclasses keep theirs after the fixed header.


class Point(tuple):
    _fields = ('x', 'y')

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return 'Point(' + ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self)) + ')'

    def as_dict(self):
        return dict(zip(self._fields, self))


p = Point(1, 2)
print(p, p.x, p.y, p._fields, p.as_dict(), len(p), p == (1, 2))


class P(tuple):
    _f = ('a',)

    def fields(self):
        return self._f


for n in range(0, 40, 3):
    t = P(range(n))
    assert t._f == ('a',) and t.fields() == ('a',)
    t.extra = n
    t.more = [n] * 2
    assert t.extra == n and t.more == [n, n] and list(t) == list(range(n)), n
    assert vars(t) == {'extra': n, 'more': [n, n]}
print(P((1, 2))._f, P(())._f)

# Subclass of a subclass, with instance attributes and a reference cycle.
class Q(P):
    pass


q = Q('abc')
q.me = q
q.items = list(q)
print(q, q.items, q.me is q, type(q).__name__)
del q


class Color(int):
    names = {1: 'red', 2: 'green'}

    def __repr__(self):
        return '<Color %s: %d>' % (self.names.get(int(self), '?'), self)


c = Color(2)
c.label = 'g'
print(repr(c), c.label, c + 1, c.names)
for v in (0, 1, -1, 2**30, 2**62, -2**95, 10**50):
    b = Color(v)
    b.tag = ('t', v)
    b.other = {v: v}
    assert b.tag == ('t', v) and b == v and b.other == {v: v}, v
    assert vars(b) == {'tag': ('t', v), 'other': {v: v}}
print(Color(10**40).names[1], int(Color(-5)), Color(-5).__dict__)


class S(str):
    kind = 'S'


s = S('hello world, a longer string')
s.note = 'n'
print(s, s.kind, s.note, s.upper(), len(s), vars(s))


class B(bytes):
    kind = 'B'


b = B(b'\x00\x01 some bytes')
b.note = [1]
print(b, b.kind, b.note, len(b), vars(b))

