# iter() and next(), with default and the callable/sentinel form
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(next(s), next(s), next(s, '-'))
d = iter({'x': 1, 'y': 2})
print(next(d), list(d))
r = iter(range(3))
print(list(r), list(r))
it2 = iter([10, 20])
print(iter(it2) is it2)
for v in iter((5, 6)):
    print(v)
data = [1, 2, 3, 0, 4, 5]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
