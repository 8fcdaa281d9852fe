# range indexing errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
r = range(5)
r[5]
r[-6]
r['a']
r[1.0]
r[None]
r[0] = 1
del r[0]
r[-5], r[4], r[True]
''')
