# compress, dropwhile, takewhile, filterfalse, starmap
import itertools

print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('ABC', [1, 1, 1, 1, 1])))
print(list(itertools.compress(data=range(10), selectors=itertools.cycle([0, 1]))))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), [10, 3]])))
print(list(itertools.starmap(lambda *a: a, ['ab', 'c', ()])))
t = itertools.takewhile(lambda x: x < 3, iter([1, 2, 3, 1, 2]))
print(list(t), list(t))
for f in [lambda: itertools.compress([1]), lambda: itertools.compress(1, [1]),
          lambda: itertools.dropwhile(None), lambda: itertools.takewhile(None, 1),
          lambda: itertools.filterfalse(None), lambda: itertools.starmap(None),
          lambda: itertools.dropwhile(f=None, iterable=[]),
          lambda: list(itertools.starmap(pow, [1])), lambda: list(itertools.dropwhile(5, [1])),
          lambda: list(itertools.compress([1], [object()]))]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
class Bad:
    def __bool__(self):
        raise ValueError('no bool')
try:
    list(itertools.compress([1, 2], [Bad()]))
except ValueError as e:
    print('ValueError', e)
try:
    list(itertools.takewhile(lambda x: Bad(), [1]))
except ValueError as e:
    print('ValueError', e)
