# Instances with __slots__ (and a mix of slots and a dict) copy their slot values.
import copy


class P:
    __slots__ = ('x', 'y')


class Q(P):
    pass


p = P()
p.x = [1]
c = copy.copy(p)
d = copy.deepcopy(p)
print(c.x, c.x is p.x, hasattr(c, 'y'), d.x, d.x is p.x)
q = Q()
q.y = 'slot'
q.z = 'dict'
for r in (copy.copy(q), copy.deepcopy(q)):
    print(type(r).__name__, r.y, r.__dict__, hasattr(r, 'x'))
