# reversed(): __reversed__, else __len__ + __getitem__
class R:
    def __reversed__(self): return iter('cba')
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return 'xyz'[i]
print(list(reversed(R())), list(reversed(Seq())), type(reversed(Seq())).__name__)
class OnlyIter:
    def __iter__(self): return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print(e)
class NoneRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoneRev())
except TypeError as e:
    print(e)
print(list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})), list(reversed([1, 2])))
reversed({1, 2})
