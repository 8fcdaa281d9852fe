# slice assignment with steps, including negative steps and iterables
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = list(range(10))
a[::2] = 'abcde'; a
a[1::3] = [0, 0, 0]; a
a[::-3] = (9, 9, 9, 9); a
b = [1, 2, 3]
b[1:2] = [7, 8, 9]; b
b[:0] = [0]; b
b[len(b):] = 'z'; b
b[1:4] = []; b
c = [1, 2, 3]
c[::-1] = c; c
d = [1, 2, 3]
d[::1] = range(5); d
''')
