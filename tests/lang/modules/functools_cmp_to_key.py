# _functools.cmp_to_key: the KeyWrapper type, comparisons and errors
from _functools import cmp_to_key

def cmp(a, b):
    return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(K(1) < K(2), K(1) <= K(1), K(2) > K(1), K(1) >= K(2), K(1) == K(1), K(1) != K(1))
k = K(5)
print(k.obj, type(k).__name__, type(K).__name__, type(k) is type(K))
k.obj = 7
print(k.obj, K(obj=3).obj)
print(min([4, 2, 8], key=K), max([4, 2, 8], key=K))
print(cmp_to_key(mycmp=cmp)(1) < cmp_to_key(cmp)(2))
errs = [lambda: K(1) < 4, lambda: K(), lambda: K(1, 2), lambda: cmp_to_key(), lambda: hash(K(3)),
        lambda: cmp_to_key(1)(1) < cmp_to_key(1)(2), lambda: K.obj,
        lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2)]
for f in errs:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
