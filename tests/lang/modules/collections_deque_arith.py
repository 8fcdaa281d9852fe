# _collections.deque: +, *, +=, *=, comparisons, copy, hashing
from _collections import deque

a = deque([1, 2])
print(a + deque([3]), a * 2, 2 * a, a * 0, a * -1)
print(deque([1, 2], 3) * 2, deque([1, 2], 3) + deque([7, 8]))
b = a
b += [5, 6]
print(a, b is a)
b += b
print(a)
c = deque([1, 2, 3], 4)
c *= 3
print(c)
c = deque([1, 2])
c *= 1
print(c)
c *= 0
print(c)
c = deque('x')
c *= 5
print(c)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) != deque([1]))
print(deque([1, 2]) == [1, 2], deque([2]) > deque([1, 5]), deque() <= deque())
cp = a.copy()
cp2 = a.__copy__()
print(cp, cp2, cp is a, cp == a, type(cp).__name__)
print(deque([1], 5).copy().maxlen)
errs = [lambda: deque([1, 2]) + [3], lambda: deque([1, 2]) < [1, 3], lambda: hash(deque()),
        lambda: deque([1]) * 'a', lambda: deque([1]) * 1.5, lambda: [3] + deque([1])]
for f in errs:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(deque.__hash__)
