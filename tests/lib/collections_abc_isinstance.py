from collections import abc
vals = [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), iter([]),
        (x for x in []), len, 3, {}.keys(), {}.items(), {}.values(), memoryview(b"")]
names = ["Iterable", "Iterator", "Generator", "Sized", "Container", "Collection",
         "Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping",
         "Hashable", "Callable", "Reversible", "ByteString", "KeysView", "ItemsView",
         "ValuesView", "MappingView"]
for v in vals:
    print(type(v).__name__, [n for n in names if isinstance(v, getattr(abc, n))])
async def co(): pass
c = co()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
c.close()
async def ag():
    yield 1
print(isinstance(ag(), abc.AsyncGenerator), isinstance(ag(), abc.AsyncIterator))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable), issubclass(It, abc.Sized))
class H:
    __hash__ = None
print(isinstance(H(), abc.Hashable), isinstance(object(), abc.Hashable))
