# list comparisons, repr recursion, equality and containment
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
[1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1] == [1.0], [1, [2]] == [1, [2]], [1] != [1], [2] > [1, 5], [1, 2] >= [1, 2]
[1] < ['a']
[1] < (1,)
[1] == (1,), [] == [], [float('nan')] == [float('nan')]
n = float('nan'); [n] == [n], n in [n], [n].count(n), [n].index(n)
a = [1]; a.append(a); a, repr(a), str([a, a])
b = {}; b[1] = b; b, [b]
c = [[]] * 3; c[0].append(1); c
list('abc'), list(range(3)), list({1: 2}), list((1, 2)), list(), list(x for x in 'ab')
list(5)
list([1], [2])
list(iterable=[1])
[1, 2, 3].__reversed__().__next__(), list(reversed([1, 2, 3])), [1, 2, 3].__contains__(2), [].__len__()
hash([])
class E:
    def __eq__(self, o): raise ValueError('eq!')
E() in [1]
[E()] == [E()]
[1, 2].__getitem__(slice(0, 1)), [1, 2].__setitem__(0, 5), [1, 2].__delitem__(0)
[1, 2].__lt__((1,)), [1].__eq__(5)
''')
