# itertools.islice: all argument forms, consumption and ValueError messages
import itertools

s = 'ABCDEFG'
print(list(itertools.islice(s, 2)))
print(list(itertools.islice(s, 2, 4)))
print(list(itertools.islice(s, 2, None)))
print(list(itertools.islice(s, 0, None, 2)))
print(list(itertools.islice(s, None)))
print(list(itertools.islice(s, None, None, None)))
print(list(itertools.islice(s, 10, 20)))
print(list(itertools.islice(itertools.count(), 3, 30, 7)))
print(list(itertools.islice(range(10), True, 5)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), list(it))
class Idx:
    def __index__(self):
        return 3
print(list(itertools.islice(s, Idx())))
cases = [(), ([],), ([], 'a'), ([], -1), ([], -5), ([], 'a', 3), ([], -2, 3), ([], 1, -1),
         ([], 1, 2, 0), ([], 1, 2, -1), ([], 1, 2, 'a'), ([], 1, 2, 3, 4), ([], 2**100),
         ([], 1.0), (5, 1)]
for args in cases:
    try:
        print(list(itertools.islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    itertools.islice([], stop=1)
except TypeError as e:
    print('TypeError', e)
