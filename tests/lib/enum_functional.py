from enum import Enum, IntEnum, Flag
A = Enum("A", "x y z")
B = Enum("B", ["p", "q"])
C = Enum("C", [("one", 1), ("two", 2)])
D = Enum("D", {"k": "v"})
E = IntEnum("E", "a b", start=10)
F = Flag("F", "r w x")
for e in (A, B, C, D, E, F):
    print(e.__name__, [(m.name, m.value) for m in e], e.__module__)
print(repr(A.y), E.b + 1, F.r | F.x, A.__qualname__)
try:
    Enum("G", "a a")
except TypeError as e:
    print("TypeError", e)
print(Enum("H", "m n", module="mymod").__module__, Enum("I", "p", qualname="Q.I").__qualname__)
print(A["z"], A(1), list(reversed(A)), A.x in A, len(F))
class Ord(Enum):
    B = 2
    A = 1
print(list(Ord), Ord._member_map_ == dict(B=Ord.B, A=Ord.A), sorted(Ord, key=lambda m: m.value))
