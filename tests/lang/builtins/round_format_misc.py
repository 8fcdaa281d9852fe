# round() with __round__, format() with __format__ inheritance, and ascii/repr on containers
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
class R:
    def __round__(self, n=None): return ('rounded', n)
round(R()), round(R(), 2), round(R(), None)
class NoRound: pass
round(NoRound())
round(1.5, R()) if False else 0
class MyInt(int): pass
format(MyInt(5), 'x'), round(MyInt(15), -1), type(round(MyInt(15), -1)).__name__, repr(MyInt(7)), str(MyInt(7))
class MyFloat(float): pass
format(MyFloat(1.5), '.2f'), round(MyFloat(2.5)), repr(MyFloat(0.1)), MyFloat(1.5) + 1, type(MyFloat(1.5) + 1).__name__
class MyStr(str): pass
format(MyStr('ab'), '>4'), MyStr('ab').upper(), type(MyStr('ab').upper()).__name__, MyStr('x') + 'y', type(MyStr('x') * 2).__name__
ascii({'é': ['ü']}), repr({'é': ('\n',)}), ascii(MyStr('é'))
''')
