# list building by append/extend/insert/slicing at various sizes stays consistent
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = []
for i in range(1000): a.append(i)
len(a), a[500], sum(a)
a[100:900] = []; len(a), a[99:102]
a.insert(0, -1); a.insert(len(a), 'end'); a[0], a[-1], len(a)
a.extend(range(5000)); len(a), a[-1]
del a[::2]; len(a), a[:3]
b = [None] * 10000; b[5000] = 1; b.count(None), b.index(1)
c = list(range(10)); c[2:8] = range(100); len(c), c[:4], c[-3:]
c[:] = []; c, c.__sizeof__() >= 0
d = [1, 2, 3] * 1000; d.reverse(); d[:4], d.count(2)
''')
