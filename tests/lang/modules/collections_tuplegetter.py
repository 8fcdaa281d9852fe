# _collections._tuplegetter and _count_elements
from _collections import _tuplegetter, _count_elements

class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, None)
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
p = Point(3, 4)
print(p.x, p.y, p, Point.x.__doc__, Point.y.__doc__)
print(repr(Point.x), Point.__dict__['x'] is Point.x)
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
for f in [lambda: setattr(p, 'x', 1), lambda: delattr(p, 'x'), lambda: Point.x.__get__(1),
          lambda: _tuplegetter(0), lambda: _tuplegetter('a', 'b'), lambda: _tuplegetter(5, None).__get__((1,))]:
    try:
        print(f())
    except (AttributeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
g = _tuplegetter(1, 'doc')
g.__doc__ = 'changed'
print(g.__doc__, g.__reduce__())

counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
_count_elements(counts, ['a', 'z'])
print(counts)
class Mapping(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
m = Mapping()
_count_elements(m, 'aab')
print(m)
for f in [lambda: _count_elements(1, [1]), lambda: _count_elements({}, 1), lambda: _count_elements({}),
          lambda: _count_elements({}, [[]])]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
