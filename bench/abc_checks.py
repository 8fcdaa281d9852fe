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
            hits += (isinstance(o, Sequence) + 2 * isinstance(o, Mapping) + 3 * isinstance(o, Shape)
                     + 4 * isinstance(o, Hashable))
        hits += issubclass(list, MutableSequence) + issubclass(int, Sized) + issubclass(dict, Iterable)
    return hits


print(run(60000))
