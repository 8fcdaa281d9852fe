# sort errors: mixed types, modified during sort, bad key, positional args
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[1, 'a'].sort()
['a', 1].sort()
[1, None, 2].sort()
sorted([1, 2], key=1)
[3, 1].sort(1)
[1, 2].sort(foo=1)
[2, 1].sort(key=lambda x: 1 / 0)
a = [3, 2, 1]
a.sort(key=lambda x: a.append(x) or x)
b = [5, 4, 3, 2, 1]
b.sort(key=lambda x: b.clear() or x)
b
''')
