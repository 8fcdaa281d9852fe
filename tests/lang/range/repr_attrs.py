# range repr omits a step of 1; start/stop/step attributes are read-only
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
range(5), range(1, 5), range(1, 5, 1), range(1, 5, 2), range(5, 1, -1), range(-3), range(10**20)
r = range(2, 9, 3); r.start, r.stop, r.step
r.start = 5
r.foo
range(True, 5), range(3).step
''')
