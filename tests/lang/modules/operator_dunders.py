# _operator functions dispatch to user-defined special methods
import _operator as op

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'V(%r)' % self.v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __iadd__(self, o):
        self.v += 100
        return self
    def __neg__(self):
        return V(-self.v)
    def __index__(self):
        return self.v
    def __bool__(self):
        return self.v != 0
    def __lt__(self, o):
        return self.v < o.v
    def __contains__(self, x):
        return x == self.v
    def __getitem__(self, k):
        return ('item', k)
    def __len__(self):
        return 3
class W:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'radd'
print(op.add(V(1), V(2)), op.add(1, V(2)), op.add(V(1), 5), op.neg(V(3)), op.index(V(7)))
a = V(1)
print(op.iadd(a, 1) is a, a)
print(op.iadd(W(1), W(2)) if False else op.add(1, W(2)), op.iadd(3, W(0)))
print(op.truth(V(0)), op.not_(V(0)), op.lt(V(1), V(2)), op.contains(V(4), 4), op.getitem(V(0), 'k'))
print(op.length_hint(V(0)), op.countOf([V(1), 1, 1.0, True], 1), op.indexOf([0, 2, V(2)], 2))
print([1, 2, 3][op.index(V(1))], op.concat(V(0), 1) if False else op.concat([1], [2]))
class NoIndex:
    pass
for f in [lambda: op.index(NoIndex()), lambda: op.neg(NoIndex()), lambda: op.add(W(1), W(2)),
          lambda: op.iadd(W(1), 1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
