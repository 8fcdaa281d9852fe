# _collections.deque with maxlen: every operation respects the bound
from _collections import deque

d = deque(range(5), 3)
print(d)
d.extendleft('ab')
print(d)
d.insert
try:
    d.insert(1, 'x')
except IndexError as e:
    print('IndexError', e)
d.pop()
d.insert(1, 'x')
print(d)
d.rotate(1)
print(d, d.maxlen)
d *= 4
print(d)
d += 'qrs'
print(d)
print(d + deque('z'), (d + deque('z')).maxlen, (d * 2).maxlen, d.copy().maxlen)
z = deque(maxlen=0)
z.extend(range(5))
z.extendleft(range(5))
z.appendleft(1)
z *= 3
print(z, len(z))
one = deque([1], 1)
one.append(2)
one.appendleft(3)
print(one)
big = deque(range(1000), 10)
print(big, sum(big))
big.extend(big)
print(big)
e = deque(maxlen=5)
e.__init__('abcdefg', 4)
print(e, e.maxlen)
e.__init__('ab')
print(e, e.maxlen)
print(repr(deque([], 2)), repr(deque('a', 2)), str(deque([[1]], 5)))
