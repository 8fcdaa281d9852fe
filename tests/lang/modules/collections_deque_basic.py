# _collections.deque: construction, both ends, maxlen, repr
from _collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque('abc')
d.append('d')
d.appendleft('z')
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('xy')
d.extendleft('12')
print(d)
d = deque([1, 2, 3], 2)
print(d, d.maxlen)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend(range(10))
print(d)
d.extendleft(range(3))
print(d)
d = deque(maxlen=0)
d.append(1)
d.extend([1, 2])
print(d, repr(d))
d = deque(range(5), maxlen=None)
print(d, d.maxlen)
print(deque(iterable=[1], maxlen=3))
# many items across blocks, both directions
d = deque()
for i in range(500):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[500], sum(d))
while len(d) > 3:
    d.pop()
    d.popleft() if len(d) > 3 else None
print(d)
d.clear()
print(d, len(d))
d.append(1)
print(d)
e = deque([1, 2, 3])
e.__init__([7, 8])
print(e)
e.__init__([1, 2, 3, 4], 2)
print(e, e.maxlen)
errs = [lambda: deque([1], -1), lambda: deque([1], 'a'), lambda: deque(1), lambda: deque([1], 2, 3),
        lambda: deque(x=1), lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1], maxlen=2.5),
        lambda: deque([1], 2**100)]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def setmax():
    deque().maxlen = 3
try:
    setmax()
except AttributeError as e:
    print('AttributeError')
