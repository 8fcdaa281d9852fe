# slicing ranges yields ranges with the right start/stop/step
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
r = range(3, 30, 4)
r[1:4], r[::2], r[::-1], r[::-3], r[100:], r[-2:], r[:-100], r[2:1], r[::1] == r
range(10)[::-1], range(10, 0, -1)[2:8:3], range(0)[::-1], range(5)[None:None:None]
list(range(10)[-3:-10:-2]), list(range(-5, 5)[::4])
r[::0]
r['a':]
r[1.0:]
''')
