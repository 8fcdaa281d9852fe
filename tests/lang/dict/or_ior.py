# dict | dict makes a new dict; |= updates in place from any pairs
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
a | b, b | a, a
c = a
c |= b; c, c is a, a
c |= [('w', 0)]; c
c |= {}; c
class D(dict): pass
type(D(a=1) | {}).__name__, type({} | D(a=1)).__name__
a | [('w', 0)]
a | None
[('w', 0)] | a
c |= 5
c |= [(1, 2, 3)]
''')
