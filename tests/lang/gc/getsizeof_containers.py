# sys.getsizeof of tuples, lists (with CPython's over-allocation), dicts and sets.
import sys

print([sys.getsizeof(tuple(range(n))) for n in range(5)])
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
while l:
    l.pop()
    sizes.append(sys.getsizeof(l))
print(sizes[40:])
print([sys.getsizeof(list(range(n))) for n in range(12)])
print([sys.getsizeof([0] * n) for n in range(12)])
print([sys.getsizeof([x for x in range(n)]) for n in range(12)])
print([sys.getsizeof(list("a" * n)) for n in range(12)])
l2 = [1, 2]
l2.extend(range(5))
print(sys.getsizeof(l2))
d = {}
ds = [sys.getsizeof(d)]
for i in range(30):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
d = {}
ds = []
for i in range(30):
    d[str(i)] = i
    ds.append(sys.getsizeof(d))
print(ds)
print(sys.getsizeof({1: 2}), sys.getsizeof({"a": 1}), sys.getsizeof(dict.fromkeys(range(10))))
s = set()
ss = [sys.getsizeof(s)]
for i in range(30):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
print([sys.getsizeof(set(range(n))) for n in range(20)])
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(100))))
