# itertools.count: int and float steps, repr, big numbers, errors
import itertools

c = itertools.count()
print([next(c) for _ in range(3)], c)
c = itertools.count(5, 2)
print([next(c) for _ in range(3)], c)
c = itertools.count(1.5, 0.25)
print([next(c) for _ in range(3)], c)
c = itertools.count(2, 1.0)
print(c, next(c), c)
c = itertools.count(step=-1)
print([next(c) for _ in range(3)], c)
c = itertools.count(2**63 - 2)
print([next(c) for _ in range(4)], c)
c = itertools.count(-2**70, 2**69)
print([next(c) for _ in range(3)], c)
c = itertools.count(start=3, step=3)
print(next(c), c)
c = itertools.count(1j, 1)
print(next(c), next(c), c)
class MyCount(itertools.count):
    pass
m = MyCount(7)
print(m, next(m), m, isinstance(m, itertools.count))
print(repr(itertools.count(0, 1)), repr(itertools.count(0, True)))
for args, kw in [(('a',), {}), ((1, 'a'), {}), ((), {'x': 1}), ((1, 2, 3), {}), ((None,), {})]:
    try:
        itertools.count(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
print(type(itertools.count()).__name__, itertools.count.__module__)
print(iter(c) is c)
