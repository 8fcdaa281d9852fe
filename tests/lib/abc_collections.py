# collections.abc checks on builtins, registered and structural classes.
from collections import abc as cabc
import collections

for obj in ([], (), "", b"", {}, set(), frozenset(), range(3), iter([]), 3, None,
            collections.deque(), collections.OrderedDict(), memoryview(b"")):
    kinds = [name for name in ("Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set",
                               "MutableSet", "Iterable", "Iterator", "Hashable", "Sized", "Container",
                               "Reversible", "Collection")
             if isinstance(obj, getattr(cabc, name))]
    print(type(obj).__name__, kinds)

class Structural:
    def __iter__(self): return iter(())
    def __len__(self): return 0
    def __contains__(self, x): return False
print(issubclass(Structural, cabc.Iterable), issubclass(Structural, cabc.Sized),
      issubclass(Structural, cabc.Collection), issubclass(Structural, cabc.Sequence))
class NoIter:
    __iter__ = None
print(issubclass(NoIter, cabc.Iterable))
class Unhashable:
    __hash__ = None
print(isinstance(Unhashable(), cabc.Hashable), issubclass(list, cabc.Hashable))
def gen():
    yield 1
print(isinstance(gen(), cabc.Generator), isinstance(gen(), cabc.Iterator))
async def coro(): pass
c = coro()
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable))
c.close()
print(issubclass(dict, cabc.Mapping), issubclass(cabc.Mapping, dict))
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set))
print(isinstance(len, cabc.Callable), isinstance(3, cabc.Callable))
print(issubclass(bool, cabc.Hashable), issubclass(int, cabc.Sequence))
try:
    isinstance([], cabc.Sequence[int])
except TypeError as e:
    print("TypeError", e)
