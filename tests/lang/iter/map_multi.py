# map over several iterables stops at the shortest; lazy evaluation
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
list(map(pow, [2, 3], [3, 2, 9])), list(map(lambda *a: a, 'ab', 'cd', 'ef')), list(map(str, []))
list(map(max, [1, 5], [4, 2], [3, 3]))
seen = []
m = map(seen.append, range(3)); seen, next(m), seen
list(map(int, '123')), list(map(None.__class__, []))
''')
