# extended slice assignment needs a sequence of the same size
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 2, 3, 4, 5, 6]
a[::2] = [1, 2]
a[::2] = [1, 2, 3, 4]
a[::-1] = []
a[1:2] = 5
a[::2] = 5
a[::0] = [1]
a['x':] = []
a[:] = None
a
''')
