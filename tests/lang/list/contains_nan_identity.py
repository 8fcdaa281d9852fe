# in / count / index use identity before ==
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
nan = float('nan')
a = [nan, 1]
nan in a, a.count(nan), a.index(nan), float('nan') in a, a == [nan, 1], [float('nan')] == [float('nan')]
class E:
    def __eq__(self, o): raise ValueError('eq')
e = E()
e in [e], [e].count(e)
1 in [e]
''')
