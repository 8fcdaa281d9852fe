# list subclass: overridden methods and what builtins call
class L(list):
    def __len__(self):
        return 100
    def __iter__(self):
        return iter(['i1', 'i2'])
    def __getitem__(self, i):
        return 'item'
    def append(self, x):
        super().append(x * 10)
l = L([1, 2])
l.append(3)
print(len(l), list.__len__(l), list(l), l[0], list.__getitem__(l, 0))
print(sorted(l), tuple(l), [*l])
print(repr(l), type(l + [1]).__name__, type(l[:]).__name__)
print(l == [1, 2, 30], bool(L()))
a, b = L([7, 8])
print(a, b)
