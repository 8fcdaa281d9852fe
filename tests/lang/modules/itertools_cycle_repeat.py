# itertools.cycle and itertools.repeat: behaviour, repr, __length_hint__, errors
import itertools

c = itertools.cycle('abc')
print([next(c) for _ in range(7)])
c = itertools.cycle([])
print(list(c))
def gen():
    yield 1
    yield 2
c = itertools.cycle(gen())
print([next(c) for _ in range(5)])

r = itertools.repeat('x', 3)
print(r, r.__length_hint__(), list(r), r, r.__length_hint__())
r = itertools.repeat(None)
print(r, [next(r) for _ in range(3)])
try:
    r.__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(repr(itertools.repeat(1, -5)), list(itertools.repeat(1, -5)))
print(repr(itertools.repeat(1, times=0)), repr(itertools.repeat(object=[1, 2], times=2)))
print(list(map(pow, range(5), itertools.repeat(2))))
for f in [lambda: itertools.cycle(), lambda: itertools.cycle(1), lambda: itertools.cycle([1], x=1),
          lambda: itertools.cycle([1], [2]), lambda: itertools.repeat(), lambda: itertools.repeat(1, 'a'),
          lambda: itertools.repeat(1, 2, 3), lambda: itertools.repeat(1, 2.0), lambda: itertools.repeat(1, 2**80),
          lambda: itertools.repeat(1, bogus=2)]:
    try:
        f()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class R(itertools.repeat):
    pass
print(R(3, 2), list(R(3, 2)))
