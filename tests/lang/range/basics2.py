# range construction errors, equality, slicing and negative steps
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
range(5) == range(0, 5), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2, 3) != range(1, 2, 4), range(0) == [], hash(range(0)) == hash(range(3, 3))
range(1, 2, 0)
range(1.0)
range('a')
range()
range(1, 2, 3, 4)
range(x=1)
range(10)[2:8:2], range(10)[::-1], range(10)[8:2:-3], range(10)[-3:], range(10)[:100], range(10)[::0] if False else 0
range(10)[::0]
range(10)[1.5]
range(10)[10]
range(0, -10, -2), list(range(0, -10, -2)), list(range(5, 0)), len(range(0, -10, -3)), range(0, -10, -3)[-1], list(reversed(range(1, 10, 4)))
range(5).index(7)
range(5).count(2), range(5).count('a'), range(3).__contains__(2), iter(range(3)).__length_hint__(), range(3).__reversed__().__length_hint__()
range(True, 5)
class I:
    def __index__(self): return 3
range(I()), list(range(I(), 6)), range(10)[I()]
r = range(3); r.start, r.stop, r.step
r.start = 5
sorted(range(3), reverse=True), sum(range(101)), max(range(5)), min(range(5, 0, -1)), list(enumerate(range(2)))
''')
