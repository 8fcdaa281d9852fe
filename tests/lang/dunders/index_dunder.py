# __index__ is used by bin/hex/oct, slicing, range, sequence repetition and indexing
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(3)
print(bin(i), hex(i), oct(i), [0, 1, 2, 3, 4][i], 'abcdef'[Idx(1):i], list(range(i)))
print(range(10)[Idx(2)], [1, 2] * Idx(2), 'ab' * i, (0,) * Idx(0))
print(list(range(Idx(1), Idx(9), Idx(3))), [10, 20, 30][Idx(-1)])
print(int.__index__(5), format(i, 'b') if hasattr(i, '__format__') and False else 'skip')
import operator
print(operator.index(i), slice(Idx(1), Idx(2)).indices(10))
print(b'xyz'[Idx(2)], bytearray(b'ab') * Idx(2))
