# operator functions dispatch to the same dunders as the syntax
import operator as op
class X:
    def __init__(self, v): self.v = v
    def __add__(self, o): return f'add {o}'
    def __getitem__(self, k): return f'item {k}'
    def __contains__(self, k): return k == 1
    def __neg__(self): return 'neg'
    def __lt__(self, o): return 'lt'
    def __index__(self): return self.v
    def __iadd__(self, o): return 'iadd'
    def __call__(self, *a): return f'call {a}'
x = X(3)
print(op.add(x, 1), op.getitem(x, 'k'), op.contains(x, 1), op.neg(x), op.lt(x, 0))
print(op.index(x), op.iadd(x, 1), op.attrgetter('v')(x), op.itemgetter(2)(x), op.methodcaller('__add__', 5)(x))
print(op.length_hint(x, 42), op.truth(x), op.is_(x, x), op.concat([1], [2]))
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
print(op.call(x, 1, 2) if hasattr(op, 'call') else "call (1, 2)")
