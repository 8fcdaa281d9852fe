from collections import deque
d = deque(range(5))
print(d[2], d[-2], d.index(3, 1, 4), 2 in d)
del d[2]; print(d)
d *= 2; print(d, len(d))
d.rotate(len(d)); print(d)
print(deque(maxlen=0), deque([1, 2], 1), list(deque("abc", maxlen=2)))
m = deque([1, 2, 3], maxlen=3); m.extend([4, 5]); print(m); m.extendleft([0]); print(m)
try:
    m.insert(0, 9)
except IndexError as e:
    print("IndexError", e)
try:
    d[100]
except IndexError as e:
    print("IndexError", e)
try:
    d.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    hash(deque())
except TypeError as e:
    print("TypeError", e)
try:
    m.maxlen = 4
except AttributeError as e:
    print("AttributeError", e)
import copy, pickle
print(copy.deepcopy(m), pickle.loads(pickle.dumps(m)), m.__reduce__()[0].__name__)
r = deque([[1]]); r2 = copy.deepcopy(r); r2[0].append(2); print(r, r2)
