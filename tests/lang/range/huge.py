# range with huge numbers: len, index, contains, slicing, reversed
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
r = range(10**20)
r[-1], r[10**19], 10**19 in r, -1 in r, 10**20 in r, r.index(5), r.count(7), r[::2][-1], r[10**19:], r[::-1][0]
len(r)
r.__len__()
range(-10**20, 10**20, 3)[12345678901234567], range(0, 10**30, 10**10)[-1], reversed(range(10**20)).__next__()
range(10**20).index(10**20)
range(10**20)[10**20]
range(10**20)[-10**20 - 1]
bool(range(10**20)), range(10**20) == range(0, 10**20, 1), hash(range(10**20)) == hash(range(0, 10**20)), range(0, 10**20, 2)[1:3]
list(range(10**20, 10**20 + 3)), list(range(2**63 - 2, 2**63 + 1)), list(reversed(range(2**64, 2**64 + 3))), range(2**64)[2**63]
range(3, 10**20).start, range(3, 10**20, 7).step, range(10**20).stop, repr(range(-5, 10**20, 7))
1.0 in range(3), 'a' in range(3), range(3).index(True)
range(3).index(1.0)
range(0, 10**20, 7).count(14), range(0, 10**20, 7).count(15), range(5, -10**20, -3)[-1]
''')
