# itertools.tee: independent iterators, copying, n argument, re-entrancy
import itertools

a, b = itertools.tee(range(5))
print(list(a), list(b))
a, b, c = itertools.tee(iter(range(200)), 3)
print(next(a), sum(b), list(c)[-3:], list(a)[:3])
print(itertools.tee([1, 2], 0), len(itertools.tee([1], 1)))
t = itertools.tee('abc')
print(type(t), type(t[0]).__name__, type(t[0]) is itertools._tee)
x = itertools.tee([1, 2, 3])[0]
next(x)
y = x.__copy__()
print(list(x), list(y))
# tee of a tee copies
a, = itertools.tee(iter('xyz'), 1)
b, c = itertools.tee(a)
print(type(b) is type(a), next(b), list(c), list(a))
# many items across the internal block boundaries
a, b = itertools.tee(range(1000))
print(sum(a), sum(b))
a, b = itertools.tee(range(130))
for i in range(70):
    next(a)
print(next(b), next(a), len(list(a)), len(list(b)))
t = itertools._tee([4, 5])
print(list(t))
for f in [lambda: itertools.tee(), lambda: itertools.tee([], -1), lambda: itertools.tee([], 'a'),
          lambda: itertools.tee(5), lambda: itertools.tee([], n=2), lambda: itertools.tee([], 1, 2),
          lambda: itertools._tee()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def gen():
    yield 1
    next(t1)
    yield 2
t1, t2 = itertools.tee(gen())
print(next(t1))
try:
    next(t1)
except RuntimeError as e:
    print('RuntimeError', e)
