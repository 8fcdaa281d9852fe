from typing import Protocol, runtime_checkable, get_type_hints, Annotated, Literal, Final, ClassVar, Optional, Union, TypeVar, Generic
import typing
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class HasAttr(Protocol):
    name: str
class N:
    name = "n"
print(isinstance([], HasLen), isinstance(3, HasLen), isinstance(N(), HasAttr))
try:
    issubclass(N, HasAttr)
except TypeError as e:
    print("TypeError", e)
try:
    HasLen()
except TypeError as e:
    print("TypeError", e)
class Impl(HasLen):
    def __len__(self): return 4
print(len(Impl()), Impl.__mro__[1].__name__)
T = TypeVar("T")
class Proto(Protocol[T]):
    def get(self) -> T: ...
print(Proto[int], Proto.__parameters__)
def f(x: Annotated[int, "m"], y: Final = 3, z: "Optional[int]" = None) -> Literal["a", "b"]: ...
print(get_type_hints(f), get_type_hints(f, include_extras=True)["x"])
print(Literal[1, 1, 2], Literal[Literal[1], 2], Union[int, Union[str, int]], Optional[None])
print(typing.get_args(Literal[1, 2]), typing.get_origin(Literal[1]), typing.get_origin(Annotated[int, 1]))
class G(Generic[T]):
    x: ClassVar[int] = 1
    y: T
print(get_type_hints(G), G[int]().__orig_class__)
try:
    Literal[1]()
except TypeError as e:
    print("TypeError", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
