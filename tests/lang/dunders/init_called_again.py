# __init__ can be called again explicitly; __new__ of immutable subclasses fixes the value
class C:
    def __init__(self, v=0):
        self.v = v
        print('init', v)
c = C(1)
c.__init__(2)
print(c.v)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        print('init sees', v, 'self is', self)
u = Upper('abc')
print(u, type(u).__name__, u == 'ABC')
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative')
        return super().__new__(cls, v)
print(Pos(5) + 1)
try:
    Pos(-1)
except ValueError as e:
    print(e)
try:
    int.__new__(str, 5)
except TypeError as e:
    print(e)
try:
    int.__new__(5)
except TypeError as e:
    print(e)
