# list.remove removes the first equal item; missing items raise ValueError
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [1, 2, 1, 2]
a.remove(2), a
a.remove(1.0), a
[].remove(1)
[1, 2].remove(3)
['a'].remove('b')
[].remove()
''')
