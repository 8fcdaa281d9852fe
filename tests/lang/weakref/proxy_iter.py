# Proxies to iterators and iterables.
import _weakref


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Counter(3)
p = _weakref.proxy(c)
print(next(p), list(p))


class Iterable:
    def __iter__(self):
        return iter([7, 8])


it = Iterable()
q = _weakref.proxy(it)
print(list(q), [x * 2 for x in q])
try:
    next(q)
except TypeError as e:
    print("TypeError:", e)


def gen():
    yield "a"
    yield "b"


g = gen()
pg = _weakref.proxy(g)
print(next(pg), list(pg))
