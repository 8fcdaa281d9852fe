# itertools.accumulate: default sum, func, initial, errors
import itertools
import _operator as operator

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9], max)))
print(list(itertools.accumulate('abc')))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=None)))
print(list(itertools.accumulate([], initial=7)))
print(list(itertools.accumulate([1, 2], func=None)))
print(list(itertools.accumulate(iterable=[1, 2], func=lambda a, b: a - b, initial=10)))
print(list(itertools.accumulate([[1], [2], [3]])))
a = itertools.accumulate([1, 'x', 2])
print(next(a))
try:
    next(a)
except TypeError as e:
    print('TypeError', e)
for f in [lambda: itertools.accumulate(), lambda: itertools.accumulate([1], None, 3),
          lambda: itertools.accumulate(5), lambda: itertools.accumulate([1], bad=1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
def boom(a, b):
    raise ValueError('boom %r %r' % (a, b))
a = itertools.accumulate([1, 2, 3], boom)
print(next(a))
try:
    next(a)
except ValueError as e:
    print('ValueError', e)
