# round() argument errors and __round__ protocol
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
round(1.5, 'a')
round('1.5')
round(None)
round(1.5, 2, 3)
round()
round(number=2.5), round(number=2.567, ndigits=2)
round(1.5, ndigits=1.5)
round(float('inf'), 0)
round(float('nan'), 0)
round(float('inf'), -1)
class R:
    def __round__(self, n=None): return ('round', n)
round(R()), round(R(), 3), round(R(), None)
class N: pass
round(N())
round(N(), 2)
''')
