# sys.getsizeof of range, slice and dict views.
import sys

d = {1: 2}
for o in (range(0), range(10**20), slice(1), slice(1, 2, 3), d.keys(), d.values(), d.items()):
    print(type(o).__name__, sys.getsizeof(o))
