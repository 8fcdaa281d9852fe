from typing import TypeVar, Generic, List, Dict, Union, Optional, Callable, Iterable, Sequence, Mapping, Type, Any
import typing
T = TypeVar("T")
U = TypeVar("U")
class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U): self.a, self.b = a, b
class IntPair(Pair[int, int]): pass
print(Pair[str, int], IntPair.__orig_bases__, IntPair.__parameters__, Pair.__parameters__)
print(List[T][int], Dict[T, U][str, int], Union[int, T][str], Optional[T][int])
print(typing.get_args(Union[int, str]), typing.get_origin(Union[int, str]), typing.get_origin(list[int]))
print(Iterable[int], Sequence[str], Mapping[str, int], Type[int], Callable[..., int], typing.Tuple[()])
print(Union[int, str] == Union[str, int], List[int] == List[int], hash(List[int]) == hash(List[int]))
print(isinstance([], typing.List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError", e)
try:
    Pair[int]
except TypeError as e:
    print("TypeError", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError", e)
print(typing.Annotated[int, "meta"], typing.get_args(typing.Annotated[int, "m"]), typing.NewType("UserId", int)(5))
UserId = typing.NewType("UserId", int)
print(UserId, UserId.__supertype__)
print(typing.TYPE_CHECKING, typing.no_type_check(lambda: 1)(), typing.get_type_hints(typing.NamedTuple("N", [("a", int)])))
