from collections.abc import Sequence, Mapping, MutableSet, Sized
class MySeq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
print(isinstance(MySeq([1]), Sequence))
Sequence.register(MySeq)
print(isinstance(MySeq([1]), Sequence), issubclass(MySeq, Sized))
class S:
    def __len__(self): return 0
print(isinstance(S(), Sized), issubclass(S, Mapping))
Mapping.register(dict)
print(issubclass(dict, Mapping))
try:
    Sequence.register("notaclass")
except TypeError as e:
    print("TypeError", e)
try:
    Mapping()
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(MutableSet): pass
    Bad()
except TypeError as e:
    print("TypeError", e)
