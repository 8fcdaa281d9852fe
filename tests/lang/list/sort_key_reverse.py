# sort is stable with key and with reverse (equal items keep their order)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
sorted(a, key=lambda t: t[0])
sorted(a, key=lambda t: t[0], reverse=True)
b = ['bb', 'a', 'cc', 'd', 'aa']
b.sort(key=len), b
b.sort(key=len, reverse=True), b
c = [3, 1, 2]
c.sort(reverse=True), c
c.sort(key=None), c
d = [2, 1]
d.sort(reverse=0), d
sorted([], key=len)
''')
