# collections.abc's __abc_tpflags__: Sequence/Mapping subclasses and
# registered classes match sequence/mapping patterns; builtins keep theirs.
from collections import abc as cabc
import abc

def kind(x):
    match x:
        case {}:
            return "mapping"
        case [*_]:
            return "sequence"
        case _:
            return "other"

class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class MyMap(cabc.Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0
print(kind(MySeq()), kind(MyMap()), kind([]), kind({}), kind("ab"))
print("__abc_tpflags__" in cabc.Sequence.__dict__, "__abc_tpflags__" in cabc.Mapping.__dict__)

class Plain:
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
class PlainChild(Plain):
    pass
print(kind(Plain()), kind(PlainChild()))
cabc.Sequence.register(Plain)
print(kind(Plain()), kind(PlainChild()))
class Later(Plain):
    pass
print(kind(Later()))
# registering as a Mapping afterwards switches the flag
cabc.Mapping.register(PlainChild)
print(kind(Plain()), kind(PlainChild()))
# str is registered as a Sequence but never matches one
print(kind("x"), kind(b"x"), kind(bytearray()))
cabc.Sequence.register(int)
print(kind(3))
class Ranged(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 6
print(kind(Ranged()), "__abc_tpflags__" in Ranged.__dict__, Ranged.__flags__ & (1 << 6))
class NotInt(abc.ABC):
    __abc_tpflags__ = "seq"
print(kind(NotInt()), "__abc_tpflags__" in NotInt.__dict__)
class Both(abc.ABC):
    __abc_tpflags__ = (1 << 5) | (1 << 6)
