# tuple operator errors: concatenation, item assignment, indexing, repetition
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
(1,) + [2]
(1,) + 'a'
t = (1, 2); t[0] = 5
t = (1, 2); del t[0]
(1, 2)[2]
(1, 2)[-3]
(1, 2)['a']
(1,) * 1.5
(1,) * None
t = (1,); t += [2]
t = (1,); t *= 'x'
tuple(5)
tuple(1, 2)
''')
