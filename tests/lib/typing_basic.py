from typing import (TypeVar, Generic, Optional, Union, List, Dict, Callable, Any,
                    cast, Literal, get_type_hints, get_origin, get_args, Tuple)
T = TypeVar("T"); K = TypeVar("K", bound=str); N = TypeVar("N", int, float)
print(T, K.__bound__, N.__constraints__, T.__name__)
class Box(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box(3).get(), Box.__parameters__, Box[int].__origin__ is Box)
print(Optional[int], Union[int, str], Union[int, int], Optional[Union[int, None]])
print(List[int], Dict[str, List[int]], Callable[[int], str], Tuple[int, ...], Any)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
print(Literal["a", 1], get_args(Literal["a", 1]), cast(int, "s"), cast("List[int]", 3))
def f(a: int, b: "str" = "x") -> Optional[int]: pass
print(get_type_hints(f))
class A:
    x: int
    y: "List[str]"
print(get_type_hints(A))
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Generic[T, T]): pass
except TypeError as e:
    print("TypeError", e)
print(int | None, (int | str).__args__, list[int], dict[str, int].__args__)
