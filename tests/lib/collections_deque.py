from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), 7 in d)
d.remove(7); d.reverse(); print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(0); print(b)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
try:
    deque()[0]
except IndexError as e:
    print("IndexError", e)
d[1] = 99; del d[0]; print(d)
d.insert(1, "x"); print(d, d * 2, d + deque([0]))
print(deque("ab") == deque("ab"), deque("ab") < deque("b"))
c = d.copy(); c.clear(); print(c, d)
print(repr(deque(maxlen=2)), list(reversed(deque([1, 2, 3]))))
try:
    deque([1], maxlen=-1)
except ValueError as e:
    print("ValueError", e)
