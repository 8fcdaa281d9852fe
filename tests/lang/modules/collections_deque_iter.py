# _collections.deque: iterators, reversed, mutation during iteration
from _collections import deque, _deque_iterator, _deque_reverse_iterator

d = deque(range(150))
print(sum(d), sum(reversed(d)), list(reversed(deque('abc'))))
it = iter(d)
print(type(it).__name__, type(it) is _deque_iterator, it.__length_hint__())
next(it)
print(it.__length_hint__(), next(it))
r = reversed(d)
print(type(r).__name__, type(r) is _deque_reverse_iterator, next(r), r.__length_hint__())
print(list(deque()), list(reversed(deque())))
d = deque([1, 2, 3])
for bad in (lambda q: q.append(4), lambda q: q.pop(), lambda q: q.appendleft(0), lambda q: q.clear(),
            lambda q: q.rotate(1), lambda q: q.extend([1])):
    q = deque([1, 2, 3])
    try:
        for x in q:
            bad(q)
    except RuntimeError as e:
        print('RuntimeError', e)
q = deque([1, 2, 3])
for x in q:
    q[0] = 9
print(q)
q = deque([1, 2, 3])
try:
    for x in reversed(q):
        q.pop()
except RuntimeError as e:
    print('RuntimeError', e)
print(list(_deque_iterator(deque('abcd'), 2)), list(_deque_reverse_iterator(deque('abcd'), 1)))
it = iter(deque([1]))
print(list(it), list(it))
try:
    _deque_iterator([1])
except TypeError as e:
    print('TypeError', e)
