# Instance attributes and methods are candidates.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


p = Point(1, 2)
print(p.norm())
print(p.nrom())
