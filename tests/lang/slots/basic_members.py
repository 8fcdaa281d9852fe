# Slots hold values through member descriptors on the class.
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
p.x += 10
print(p.x)
print(type(Point.x).__name__)
print(repr(Point.x), repr(Point.y))
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__.__name__)
print(Point.__slots__)
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 'why')
print(p.y)
