# list.reverse in place for odd, even, empty and single lists
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 2, 3]
a.reverse(), a
b = [1, 2, 3, 4]
b.reverse(), b
c = []
c.reverse(), c
[].reverse(1)
''')
