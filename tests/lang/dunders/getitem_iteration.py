# The old sequence protocol: iter() over __getitem__ until IndexError
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
print(list(Seq()), tuple(Seq()), sum(Seq()), sorted(Seq(), reverse=True))
it = iter(Seq())
print(type(it).__name__, next(it), next(it))
for x in Seq(): print(x, end=' ')
print()
a, b, c, d = Seq()
print(a, d, max(Seq()), [*Seq()])
class Stop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(Stop()))
class KeyErr:
    def __getitem__(self, i): raise KeyError(i)
list(KeyErr())
