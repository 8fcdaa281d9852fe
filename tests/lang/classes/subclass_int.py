# int subclass: arithmetic returns int unless overridden; bool() and index
class I(int):
    def __add__(self, o):
        return I(int(self) + o + 1000)
    def __repr__(self):
        return f'I({int(self)})'
i = I(5)
print(i + 1, 1 + i, i * 2, type(i * 2).__name__, -i, type(-i).__name__)
print(repr(i), str(i), f'{i}', '%d' % i, [10, 20, 30, 40, 50, 60][i])
print(i == 5, hash(i) == hash(5), range(i), bin(i))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), type(Even(7)).__name__, Even(7).real, type(Even(7).real).__name__)
class B(int):
    def __bool__(self): return False
print(bool(B(3)), not B(3), 'y' if B(3) else 'n')
