# list indexing and item assignment errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 2, 3]
a[3]
a[-4]
a['1']
a[1.0]
a[None]
a[3] = 1
a[-4] = 1
a['x'] = 1
del a[5]
a[10**30]
a[-1], a[True], a[-3]
''')
