# _operator.itemgetter / attrgetter / methodcaller: calls, reprs and errors
import _operator as op

g = op.itemgetter(1)
print(g([1, 2, 3]), g('xyz'), repr(g))
g = op.itemgetter(0, 'a') if False else op.itemgetter(0, 2)
print(g('abc'), repr(g))
print(repr(op.itemgetter('k', (1, 2))), repr(op.itemgetter(slice(1, 2))), repr(op.itemgetter((1, 2))))
print(op.itemgetter('a')({'a': 5}), op.itemgetter(slice(1, None))([1, 2, 3]))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
print(op.itemgetter(1).__reduce__())

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P('root', P('kid', P('grandkid')))
a = op.attrgetter('name')
print(a(p), repr(a))
a = op.attrgetter('child.child.name', 'name')
print(a(p), repr(a))
print(op.attrgetter('real', 'imag')(3 + 4j), op.attrgetter('real.imag')(1))
print(repr(op.attrgetter('a..b')), op.attrgetter('x', 'y').__reduce__())

m = op.methodcaller('upper')
print(m('abc'), repr(m))
m = op.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m))
m = op.methodcaller('f', 1, 'two', x=[3])
print(repr(m))
print(op.methodcaller('get', 'a', 0)({}))
print(type(op.itemgetter(1)).__name__, op.itemgetter.__module__, op.methodcaller.__name__)

errs = [lambda: op.itemgetter(), lambda: op.itemgetter(1, x=2), lambda: op.itemgetter(1)([1]),
        lambda: op.itemgetter(1)(), lambda: op.itemgetter(1)(1, 2), lambda: op.itemgetter(1)(x=1),
        lambda: op.itemgetter(0, 5)([1]), lambda: op.attrgetter(1), lambda: op.attrgetter(),
        lambda: op.attrgetter('a', 1), lambda: op.attrgetter('x')(1), lambda: op.attrgetter('a.b')(None),
        lambda: op.attrgetter('child.nope')(p), lambda: op.methodcaller(), lambda: op.methodcaller(1),
        lambda: op.methodcaller('a.b')(1), lambda: op.methodcaller('upper')(), lambda: op.methodcaller('upper')('a', k=1),
        lambda: op.methodcaller('nope')(1), lambda: op.methodcaller('upper', 1)('a')]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for t in (op.itemgetter, op.attrgetter, op.methodcaller):
    try:
        class X(t):
            pass
    except TypeError as e:
        print('TypeError', e)
