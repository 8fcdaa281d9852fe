from typing import NamedTuple, TypedDict, Generic, TypeVar, List, Required, NotRequired, get_type_hints
class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"
p = Point(1)
print(p, p._replace(y=5), Point._make([1, 2, "q"]), p._asdict(), isinstance(p, tuple), Point.__bases__)
print(Point.__annotations__, Point.x, len(p), p[2])
N2 = NamedTuple("N2", [("a", int), ("b", str)])
print(N2(1, "s"), N2.__annotations__)
class Sub(Point):
    def dist(self): return abs(self.x) + abs(self.y)
print(Sub(3, -4).dist(), Sub(1), Sub.__mro__[1].__name__)
try:
    class Bad(NamedTuple, dict):
        a: int
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(NamedTuple):
        _hidden: int
except ValueError as e:
    print("ValueError", e)
class Base(TypedDict):
    a: int
class Derived(Base, total=False):
    b: str
print(Derived.__required_keys__, Derived.__optional_keys__, Derived(a=1, b="x"), get_type_hints(Derived))
class Mixed(TypedDict):
    r: Required[int]
    n: NotRequired[str]
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
TD = TypedDict("TD", {"k": int, "in": str})
print(TD(k=1), TD.__annotations__, TD.__name__)
try:
    class BadTD(TypedDict, int):
        a: int
except TypeError as e:
    print("TypeError", e)
