from typing import Protocol, runtime_checkable, NamedTuple, TypedDict, overload, Final, ClassVar
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class NotRC(Protocol):
    def x(self): ...
try:
    isinstance(3, NotRC)
except TypeError as e:
    print("TypeError", e)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def label(self): return "%s#%d" % (self.name, self.id)
e = Emp("ann")
print(e, e.label(), Emp._fields, Emp.__annotations__, Emp._field_defaults)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print("TypeError", ex)
class Movie(TypedDict, total=False):
    title: str
    year: int
m = Movie(title="x")
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__optional_keys__), Movie.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as ex:
    print("TypeError", ex)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), g("s"))
try:
    @overload
    def h(x): ...
    h(1)
except NotImplementedError as ex:
    print("NotImplementedError", ex)
print(Final[int], ClassVar[int])
