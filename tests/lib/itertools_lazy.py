import itertools as it
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
print(list(it.islice(noisy(10), 2)))
g = it.groupby(noisy(3), key=lambda x: x < 1)
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, k2, list(grp1), list(grp2))
a, b = it.tee(noisy(2))
print(next(a), next(b), list(a), list(b))
c = it.count()
print(next(c), next(c), c)
acc = it.accumulate(it.repeat(2), lambda x, y: x * y)
print([next(acc) for _ in range(5)])
print(list(it.takewhile(lambda x: x < 2, noisy(5))))
z = it.zip_longest(noisy(1), "ab")
print(list(z))
print(list(it.chain.from_iterable(noisy(2) for _ in range(2))))
import copy
p = it.product("ab", "cd")
next(p)
print(list(copy.copy(p)) if False else list(p))
