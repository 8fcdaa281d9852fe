from enum import Enum, IntEnum, IntFlag, Flag, auto
class Strs(str, Enum):
    A = "a"
    def __str__(self): return "custom-" + self.value
print(str(Strs.A), format(Strs.A), f"{Strs.A}", repr(Strs.A), "%s" % Strs.A)
class Fl(float, Enum):
    PI = 3.14
print(str(Fl.PI), format(Fl.PI, ".1f"), f"{Fl.PI}", Fl.PI + 1)
class Sized(IntEnum):
    S = 1
    M = 2
    L = 3
    def __format__(self, spec): return "size:" + self.name
print(f"{Sized.M}", str(Sized.M), Sized.M.name, Sized(3).name, Sized.L > Sized.S, Sized.__members__["L"])
class Pm(IntFlag):
    A = 1
    B = 2
print(Pm.A | 4, repr(Pm.A | 4), Pm(3), repr(Pm(0)), Pm.A + Pm.B, ~Pm.A, list(Pm(3)))
class Col(Flag):
    RED = auto()
    BLUE = auto()
print(Col.RED | Col.BLUE, repr(Col.RED | Col.BLUE), repr(~Col.RED), str(Col(0)), format(Col.RED))
class WithMethods(Enum):
    X = 1
    Y = 2
    @property
    def lower(self): return self.name.lower()
    def __repr__(self): return "WM." + self.name
print(WithMethods.X.lower, repr(WithMethods.Y), list(WithMethods), WithMethods.X._value_, WithMethods._member_names_)
