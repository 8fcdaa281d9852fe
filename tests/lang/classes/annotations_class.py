# A class body's annotations go to the class's __annotations__, not its bases'.
class Base:
    a: int
    b: str = 'b'


class Sub(Base):
    c: float


class NoAnnotations:
    pass


print(Base.__annotations__, Sub.__annotations__)
print('a' in Base.__dict__, Base.b)
print(NoAnnotations.__annotations__, '__annotations__' in NoAnnotations.__dict__)


class Private:
    __secret: int
    __dunder__: str


print(Private.__annotations__)
