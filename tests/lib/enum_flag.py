from enum import Flag, auto, Enum
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm(0)), Perm(0))
print(list(Perm), [p.name for p in rw], rw & Perm.R, rw ^ Perm.RW, ~Perm.R)
print(Perm(7), Perm.R.value, Perm.X.value, len(Perm))
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)
class Shape(Enum):
    SQUARE = 2
    def describe(self):
        return "%s=%s" % (self.name, self.value)
    @classmethod
    def default(cls): return cls.SQUARE
print(Shape.default().describe(), Shape.SQUARE.__class__.__name__, 'describe' in dir(Shape.SQUARE))
