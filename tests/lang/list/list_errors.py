# list method argument errors and mutation-during-iteration behaviours
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[].index()
[].count()
[1].insert('a', 2)
[1].pop(1, 2)
[].extend()
[].copy(1)
[].clear(1)
[].reverse(1)
[1, 2, 3][1:2:0]
[1] + 'a'
[1] += 5
a = [1]; a += 5
a = [1, 2, 3]
for x in a: a.remove(x)
a
a = [1, 2, 3]
b = [x for x in a if a.append(x) or len(a) < 6]
a, b
list.__init__([1, 2], 'ab'), list.__new__(list)
a = [0] * 3; a.__init__([9]); a
[].__getitem__()
[3, 2, 1].sort(key=1)
''')
