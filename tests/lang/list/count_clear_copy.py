# list.count, clear and copy (shallow)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 1.0, True, 2, [1]]
a.count(1), a.count([1]), a.count(3)
b = a.copy()
b is a, b == a, b[4] is a[4]
a.clear(), a, b
a.count()
a.copy(1)
a.clear(1)
''')
