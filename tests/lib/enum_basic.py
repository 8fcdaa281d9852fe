from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, Color.__members__.keys())
print(str(Color.GREEN), f"{Color.GREEN}", format(Color.GREEN), "%s" % Color.BLUE)
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED == 1, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, [m.name for m in Auto])
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, list(Animal))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
    @property
    def big(self): return self.mass > 1e24
print(Planet.EARTH.mass, Planet.EARTH.big, Planet.EARTH.value)
try:
    class Ext(Color): X = 9
except TypeError as e:
    print("TypeError", e)
import pickle
print(pickle.loads(pickle.dumps(Color.BLUE)) is Color.BLUE)
