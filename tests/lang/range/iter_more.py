# range iterators: length hints, exhaustion, reversed huge, negative ranges
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
it = iter(range(3)); next(it), list(it), list(it), next(it, 'end')
it = iter(range(0, 10**20, 10**19)); [next(it) for _ in range(3)], it.__length_hint__()
it = reversed(range(-5, 5, 3)); list(it)
list(reversed(range(0))), list(reversed(range(10, 0, -4))), list(range(10**20, 10**20 + 2)), list(reversed(range(-10**20, -10**20 + 2)))
sum(range(-100, 100, 7)), len(range(-100, 100, 7)), range(-100, 100, 7)[-1], range(-100, 100, 7).index(-93)
r = range(5); type(iter(r)).__name__, type(reversed(r)).__name__, type(iter(range(2**64))).__name__
next(iter(range(0)))
iter(range(3)).__setstate__(5) if False else 0
''')
