# itertools.tee: long lags, chained data blocks, collection of cycles
import gc
import itertools as it

a, b = it.tee(range(100000))
print(sum(a), sum(b))
a, b = it.tee(iter(range(10000)))
for _ in range(9990):
    next(a)
print(next(b), list(a), sum(b))
copies = it.tee('abcdef', 5)
print([''.join(c) for c in copies])
x, = it.tee([1, 2, 3], 1)
y = x.__copy__()
z = y.__copy__()
print(next(x), list(z), list(y), list(x))
class Box:
    pass
gc.collect()
box = Box()
t1, t2 = it.tee(iter([box]))
box.t = t1
del box, t1, t2
print(gc.collect() > 0)
def gen():
    yield from range(5)
g = gen()
t1, t2 = it.tee(g)
del g
print(list(t1), list(t2))
