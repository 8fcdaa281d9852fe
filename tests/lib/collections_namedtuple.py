from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p))
print(p._asdict(), p._replace(x=5), p._fields)
print(Point._make([3, 4]), Point.__name__, Point.__doc__)
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3._field_defaults)
R = namedtuple("R", "def class x", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", "a 1b")
except ValueError as e:
    print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
class Sub(Point):
    __slots__ = ()
    def norm(self): return self.x ** 2 + self.y ** 2
print(Sub(3, 4).norm(), Sub(3, 4))
print(repr(Point.x.__doc__))
import pickle, copy
print(copy.copy(p), pickle.loads(pickle.dumps(p)))
