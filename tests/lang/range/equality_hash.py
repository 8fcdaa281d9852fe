# ranges are equal when they give the same sequence; hash follows
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(1) == range(0, 1, 5)
range(0, 1, 2) == range(0, 1, 5), range(3) == [0, 1, 2], range(3) != range(4)
hash(range(0)) == hash(range(3, 3)), hash(range(0, 4, 2)) == hash(range(0, 3, 2)), hash(range(1, 2, 7)) == hash(range(1, 2))
{range(0, 4, 2): 'x'}[range(0, 3, 2)]
range(2) < range(3)
range(10**20) == range(0, 10**20, 1)
''')
