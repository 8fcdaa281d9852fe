# a += a, a.extend(a), slice assignment from itself
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 2]
a += a; a
b = [1, 2]
b[1:1] = b; b
c = [1, 2, 3]
c[::2] = c[:2]; c
d = [3]
d.extend(iter(d)) if False else 'skip'
''')
