# The Random type: construction errors, method arity, subclassing, hashing seeds.
import _random
R = _random.Random
print(R.__name__, R.__module__, R.__qualname__)
print(sorted(k for k in R.__dict__ if not k.startswith('__')))
class Sub(R):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
s = Sub(42, y=3)
print(s.random(), s.y, R(42).random(), isinstance(s, R))
r = R()
r.seed()
r.seed(None)
print(0.0 <= r.random() < 1.0, 0.0 <= R().random() < 1.0)
r.seed((1, 2))
print(r.random())
r.seed(3.5)
print(r.random())
r.seed(1.0)
a = r.random()
r.seed(1)
print(a == r.random())
for f in [lambda: R(1, 2), lambda: R(a=1), lambda: r.seed(1, 2), lambda: r.random(1),
          lambda: r.seed([1]), lambda: r.getstate(1), lambda: r.seed(n=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
