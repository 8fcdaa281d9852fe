# _operator: getitem/setitem/delitem, contains, countOf, indexOf, call, length_hint
import _operator as op

d = {}
op.setitem(d, 'a', 1)
print(d, op.getitem(d, 'a'), op.contains(d, 'a'), op.contains([1, 2], 3))
op.delitem(d, 'a')
print(d)
l = list(range(10))
print(op.getitem(l, slice(2, 5)), op.countOf([1, 2, 1, 1], 1), op.indexOf('abcb', 'b'))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan))
print(op.call(len, [1, 2]), op.call(dict, a=1), op.call(lambda *a, **k: (a, k), 1, x=2))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(x for x in []), op.length_hint(5))
print(op.length_hint(5, 10), op.length_hint(iter(range(4)), 99))
class LH:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v
print(op.length_hint(LH(7)), op.length_hint(LH(NotImplemented), 3), op.length_hint(LH(TypeError('t')), 4))
class Sized:
    def __len__(self):
        return 42
print(op.length_hint(Sized(), 1))
errs = [lambda: op.getitem([1], 5), lambda: op.delitem({}, 5), lambda: op.contains(1, 2),
        lambda: op.indexOf([1, 2, 1], 3), lambda: op.indexOf(1, 3), lambda: op.countOf(1, 1),
        lambda: op.call(), lambda: op.length_hint(), lambda: op.length_hint(1, 'a'),
        lambda: op.length_hint(LH(-2)), lambda: op.length_hint(LH('a')), lambda: op.length_hint(LH(ValueError('v'))),
        lambda: op.length_hint([], x=1), lambda: op.setitem([], 0, 1), lambda: op.getitem(1, 1)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
