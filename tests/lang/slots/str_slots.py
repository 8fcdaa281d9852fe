# A str __slots__ names a single slot; any iterable of names works.
class One:
    __slots__ = 'name'


o = One()
o.name = 'n'
print(o.name, One.__slots__, type(One.name).__name__)


class FromList:
    __slots__ = ['p', 'q']


class FromDict:
    __slots__ = {'r': 'the r slot', 's': None}


class FromIter:
    __slots__ = iter(('t',))


for cls in (FromList, FromDict, FromIter):
    print(cls.__name__, sorted(k for k in cls.__dict__ if len(k) == 1))
print(FromDict.__slots__)


class Empty:
    __slots__ = ()


print(hasattr(Empty(), '__dict__'))
