# indexing and slicing huge ranges with big ints
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
r = range(10**20)
r[10**19], r[-10**19], r[10**20 - 1]
r[10**19:], r[::10**18], r[-5:], r[::-1], r[10**19:10**19 + 3]
r[10**20]
r[-10**20 - 1]
range(0, 10**30, 7)[10**25], range(10**30, 0, -3)[-1]
list(range(10**20, 10**20 + 3)), list(range(10**20 + 3, 10**20, -1))
10**19 in r, -1 in r, 10**20 in r, r.index(10**19), r.count(10**19)
''')
