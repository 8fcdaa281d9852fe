# itertools.zip_longest and itertools.pairwise
import itertools

print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest('AB', range(4))))
print(list(itertools.zip_longest()))
print(list(itertools.zip_longest('abc')))
print(list(itertools.zip_longest([], [])))
print(list(itertools.zip_longest('a', 'bcd', 'ef', fillvalue=0)))
z = itertools.zip_longest([1], [2, 3])
print(next(z), next(z))
try:
    next(z)
except StopIteration:
    print('stop')
print(list(z))
for f in [lambda: itertools.zip_longest(x=1), lambda: itertools.zip_longest([1], fillvalue=1, x=2),
          lambda: itertools.zip_longest(1)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
def bad():
    yield 1
    raise ValueError('bad')
try:
    list(itertools.zip_longest(bad(), 'abc'))
except ValueError as e:
    print('ValueError', e)

print(list(itertools.pairwise('ABCDEFG')))
print(list(itertools.pairwise('A')), list(itertools.pairwise('')))
print(list(itertools.pairwise(range(4))))
p = itertools.pairwise(iter([1, 2, 3]))
print(next(p), list(p), list(p))
for f in [lambda: itertools.pairwise(), lambda: itertools.pairwise(1), lambda: itertools.pairwise([], []),
          lambda: itertools.pairwise(iterable=[])]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
