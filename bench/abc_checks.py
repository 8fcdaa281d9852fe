# isinstance/issubclass against ABCs: collections.abc on builtins (cache
# hits, positive and negative), registered virtual subclasses, a user ABC.
import abc
from collections.abc import Hashable, Iterable, Mapping, MutableSequence, Sequence, Sized


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


class Virtual:
    pass


Shape.register(Virtual)


def run(n):
    objs = [[], (), {}, "s", 3, Square(), Virtual(), range(2), set()]
    hits = 0
    for _ in range(n):
        for o in objs:
            if isinstance(o, Sequence):
                hits += 1
            if isinstance(o, Mapping):
                hits += 2
            if isinstance(o, Shape):
                hits += 3
            if isinstance(o, Hashable):
                hits += 4
        if issubclass(list, MutableSequence):
            hits += 1
        if issubclass(int, Sized):
            hits += 1
        if issubclass(dict, Iterable):
            hits += 1
    return hits


print(run(60000))
