import dataclasses
from dataclasses import dataclass, field
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(3))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
try:
    dataclasses.fields(1)
except TypeError as e:
    print(type(e).__name__, e)
