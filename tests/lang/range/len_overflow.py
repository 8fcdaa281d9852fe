# len() of a range larger than sys.maxsize raises OverflowError; its length attribute does not
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
len(range(10**20))
len(range(-10**20, 0))
len(range(0, 10**20, 10**10))
range(10**20).__len__()
r = range(10**20); r.start, r.stop, r.step, bool(r), r[-1], r[0]
len(range(2**63 - 1)), len(range(-1, 2**63 - 1))
bool(range(10**20, 0))
''')
