# list.pop with and without index, and its errors
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 2, 3, 4]
a.pop(), a.pop(0), a.pop(-1), a
[].pop()
[1].pop(1)
[1].pop(-2)
[1].pop('0')
[1].pop(1.0)
[1, 2].pop(0, 1)
''')
