# `in` on ranges: ints (fast) and other objects (by equality)
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
r = range(0, 20, 3)
3 in r, 4 in r, 21 in r, -3 in r, 3.0 in r, 3.5 in r, True in range(2), 'a' in r, None in r
class EqAll:
    def __eq__(self, o): return o == 9
EqAll() in r, EqAll() in range(5)
2**70 in range(2**71), -2**70 in range(-2**71, 0, 2)
r.count(3), r.count(3.0), r.count('x'), range(5).count(True)
''')
