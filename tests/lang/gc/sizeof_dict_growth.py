# sys.getsizeof of dicts as they grow, and after a comprehension.
import sys

d = {}
sizes = [sys.getsizeof(d)]
for i in range(30):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
print([sys.getsizeof({i: i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22)])
print(sys.getsizeof(dict(a=1, b=2)))
