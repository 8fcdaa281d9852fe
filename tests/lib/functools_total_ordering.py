import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V(%r)" % self.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), a != b)
print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)))
try:
    @functools.total_ordering
    class N: pass
except ValueError as e:
    print("ValueError", e)
class Cnt:
    n = 0
    @functools.cached_property
    def val(self):
        Cnt.n += 1
        return 42
c = Cnt()
print(c.val, c.val, Cnt.n, c.__dict__)
del c.val
print(c.val, Cnt.n)
print(type(Cnt.val).__name__)
class S:
    __slots__ = ()
    @functools.cached_property
    def p(self): return 1
try:
    S().p
except TypeError as e:
    print("TypeError", e)
