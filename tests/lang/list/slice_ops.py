# list slice assignment and deletion with steps, and their errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = list(range(10))
a[2:5] = 'xy'; a
a[::2] = [0] * 5; a
a[::3] = [1, 2]
a[1:1] = [9, 9]; a
del a[::2]; a
del a[-1:]; a
del a[100:], a
a[5:2] = [7]; a
a[::-1] = a[:]; a
a[-100:100] = []; a
a = [1, 2, 3]; a[:] = a; a
a = [1, 2, 3]; a[1:] = a; a
a = [1, 2, 3]; a[::-2] = 'xy'; a
a[::0] = []
del a[::0]
a[0:1] = 5
a['x'] = 1
a[5] = 1
del a[5]
a[1.0]
a = [1, 2, 3]; a[-1], a[-3], a[:-5], a[::-1], a[1:-1:1], a[None:], a[:None:-1]
a[-4]
a = list(range(20)); del a[1:15:3]; a
a = list(range(6)); a[1:5:2] = iter('ab'); a
''')
