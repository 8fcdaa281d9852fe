# reversed() uses __reversed__, else __len__ + __getitem__
class R:
    def __reversed__(self):
        return iter('cba')
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())), list(reversed(S())), list(reversed([1, 2])), list(reversed((1, 2))), list(reversed('ab')))
print(list(reversed(range(3))), list(reversed(b'ab')), list(reversed(bytearray(b'xy'))))
r = reversed(S())
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
class Short:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i == 1:
            raise IndexError
        return i
print(list(reversed(Short())))
