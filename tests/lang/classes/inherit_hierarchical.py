# Hierarchical inheritance: siblings share a base but not each other's methods
class Shape:
    sides = 0
    def describe(self): return f'{type(self).__name__} with {self.sides} sides'
class Tri(Shape): sides = 3
class Sq(Shape):
    sides = 4
    def area(self): return 'area'
for s in (Shape(), Tri(), Sq()):
    print(s.describe())
print(hasattr(Tri(), 'area'), hasattr(Sq(), 'area'))
print(sorted(c.__name__ for c in Shape.__subclasses__()))
print(issubclass(Tri, Sq), issubclass(Sq, Shape))
