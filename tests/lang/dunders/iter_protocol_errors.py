# Iterator protocol errors
class BadIter:
    def __iter__(self): return 5
class NoNext:
    def __iter__(self): return self
class NoneIter:
    __iter__ = None
for f in [lambda: iter(BadIter()), lambda: list(NoNext()), lambda: iter(NoneIter()),
          lambda: iter(5), lambda: next([1]), lambda: [x for x in 3.5],
          lambda: iter(lambda: 1, 1, 2)]:
    try:
        f()
    except TypeError as e:
        print(e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), next(iter(It())))
it = iter([1])
print(next(it), next(it, 'done'))
for x in NoNext(): pass
